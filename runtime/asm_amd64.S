// runtime/asm_amd64.S — assembly the C++ runtime cannot express
// (Go's asm_amd64.s): goroutine switches and the split-stack entry.

#include "asm_offsets.h"

	.text

// ---- goroutine switches ------------------------------------------------------
//
// The running g is the thread-local word runtime.tlsg (local-exec TLS: the
// runtime is linked only into executables). A switch sets it, loads the new
// g's stackguard0 into the TCB slot %fs:0x70 that split-stack prologues
// compare with rsp, and restores the callee-saved registers the C++ code
// around the switch expects (gobuf; runtime2.h).

// void gogo(gobuf* buf): resume buf. Never returns.
	.globl	runtime.gogo
	.type	runtime.gogo, @function
	.p2align 4
runtime.gogo:
	.cfi_startproc
	movq	GOBUF_G(%rdi), %rax
	movq	%rax, %fs:runtime.tlsg@tpoff
	movq	G_STACKGUARD0(%rax), %rcx
	movq	%rcx, %fs:TCB_STACKGUARD
	movq	GOBUF_SP(%rdi), %rsp
	movq	GOBUF_BP(%rdi), %rbp
	movq	GOBUF_RBX(%rdi), %rbx
	movq	GOBUF_R12(%rdi), %r12
	movq	GOBUF_R13(%rdi), %r13
	movq	GOBUF_R14(%rdi), %r14
	movq	GOBUF_R15(%rdi), %r15
	jmp	*GOBUF_PC(%rdi)
	.cfi_endproc
	.size	runtime.gogo, .-runtime.gogo

// void mcall(void (*fn)(g*)): save the running goroutine's context in
// g.sched (as if mcall had returned: pc = return address, sp above it),
// switch to g0 at the top of its scheduling stack and call fn(g). fn must
// not return; gogo(&g.sched) later makes mcall return, maybe on another M.
	.globl	runtime.mcall
	.type	runtime.mcall, @function
	.p2align 4
runtime.mcall:
	.cfi_startproc
	movq	%fs:runtime.tlsg@tpoff, %rax	// gp
	movq	(%rsp), %rcx
	movq	%rcx, G_SCHED+GOBUF_PC(%rax)
	leaq	8(%rsp), %rcx
	movq	%rcx, G_SCHED+GOBUF_SP(%rax)
	movq	%rbp, G_SCHED+GOBUF_BP(%rax)
	movq	%rbx, G_SCHED+GOBUF_RBX(%rax)
	movq	%r12, G_SCHED+GOBUF_R12(%rax)
	movq	%r13, G_SCHED+GOBUF_R13(%rax)
	movq	%r14, G_SCHED+GOBUF_R14(%rax)
	movq	%r15, G_SCHED+GOBUF_R15(%rax)
	movq	%rax, G_SCHED+GOBUF_G(%rax)
	movq	G_M(%rax), %rcx
	movq	M_G0(%rcx), %rdx		// g0
	cmpq	%rdx, %rax
	je	1f
	movq	%rdx, %fs:runtime.tlsg@tpoff
	movq	G_SCHED+GOBUF_SP(%rdx), %rsp	// the top of g0's scheduling stack
	movq	%rdi, %rcx
	movq	%rax, %rdi
	xorl	%ebp, %ebp
	// fn's frames end here for debuggers: g0's stack holds nothing above
	// them (the goroutine's frames are reached from g.sched).
	.cfi_undefined rip
	call	*%rcx
	call	runtime.badmcall2@PLT
	ud2
1:	call	runtime.badmcall@PLT
	ud2
	.cfi_endproc
	.size	runtime.mcall, .-runtime.mcall

// void systemstack_switch(void (*fn)(void*), void* arg, uintptr_t sp):
// call fn(arg) with rsp = sp (g0's scheduling stack, 16-byte aligned) and
// return on the original stack. The caller (systemstack in proc.cpp) sets
// the TLS g to g0 before and back after. The frame record pushed here links
// the g0 frames to the goroutine's, for debuggers.
	.globl	runtime.systemstack_switch
	.type	runtime.systemstack_switch, @function
	.p2align 4
runtime.systemstack_switch:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdx, %rsp
	movq	%rdi, %rax
	movq	%rsi, %rdi
	call	*%rax
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	runtime.systemstack_switch, .-runtime.systemstack_switch

// gostart is a new goroutine's first pc (newproc1 sets g.sched): rbx = the
// function, r12 = its argument block, rbp = 0 (ends frame-pointer walks),
// rsp = the top of the first segment. When the function returns the
// goroutine exits, as Go's goexit frame makes it.
	.globl	runtime.gostart
	.type	runtime.gostart, @function
	.p2align 4
runtime.gostart:
	.cfi_startproc
	.cfi_undefined rip
	movq	%r12, %rdi
	call	*%rbx
	call	runtime.goexit1@PLT
	ud2
	.cfi_endproc
	.size	runtime.gostart, .-runtime.gostart

// ---- __morestack: segmented stacks and preemption ----------------------------
//
// Called by the split-stack prologue of a Go function f (LLVM's "split-stack"
// attribute) when the guard in %fs:0x70 says f's frame does not fit:
//
//	f:	cmp  %fs:0x70, %rsp		// or: lea -frame(%rsp),%r11; cmp %fs:0x70,%r11
//		jbe  1f
//	body:	...
//	1:	mov  $framesize, %r10
//		mov  $argsize, %r11
//		call __morestack
//		ret
//		(body follows: [rsp]+1)
//
// On entry: r10 = bytes f needs for its frame, r11 = bytes of f's stack
// arguments; [rsp] = the address of that `ret`, so [rsp]+1 is f's body;
// [rsp+8] = f's return address; f's stack arguments start at rsp+16;
// rdi, rsi, rdx, rcx, r8, r9, rax and xmm0-xmm7 hold f's arguments; rbp
// is still f's caller's frame pointer.
//
// 1. Push a frame record ([rbp] = caller's rbp, [rbp+8] = pc in f,
//    [rbp+16] = f's return address: traceback.cpp reads this layout) and
//    save the argument registers, r10 and r11 in a morebuf below it.
// 2. Call runtime.newstack(morebuf) in C++, on this stack (in the reserve
//    below the guard). It handles a poisoned guard (preemption: yields via
//    mcall and returns here later, perhaps on another M; fork: throws), and
//    returns 0 if f now fits, or else the top of a new segment (the cached
//    spare, or a fresh one from the system stack), with f's stack arguments
//    copied there and g.stack, g.stackguard0 and %fs:0x70 switched to it.
// 3. Returned 0: restore the registers and jump to f's body on this stack.
// 4. Otherwise switch rsp, restore the argument registers and call f's
//    body on the new segment. f's frame record links to ours, so frame
//    pointer walks continue onto the old segment.
// 5. When f returns, go back to the old segment, keep f's results (rax,
//    rdx, rcx, xmm0, xmm1: the registers codegen returns results in) while
//    runtime.oldstack switches g.stack and the guard back (keeping the
//    segment cached), and return to the `ret` after `call __morestack`,
//    which returns to f's caller.
//
// r10 and r11 are scratch: f's body does not read them.

#define MB_XMM0 0
#define MB_RDI 128
#define MB_RSI 136
#define MB_RDX 144
#define MB_RCX 152
#define MB_R8 160
#define MB_R9 168
#define MB_RAX 176
#define MB_R10 184
#define MB_R11 192
#define MB_RBP 200
#define MB_SIZE 224

// SAVE_REGS stores, and RESTORE_REGS reloads, every register that can
// carry f's arguments, at the morebuf at %r11: rdi, rsi, rdx, rcx, r8, r9,
// xmm0-xmm7, and rax (the vector count of C varargs).
.macro SAVE_REGS
	movaps	%xmm0, MB_XMM0+0(%r11)
	movaps	%xmm1, MB_XMM0+16(%r11)
	movaps	%xmm2, MB_XMM0+32(%r11)
	movaps	%xmm3, MB_XMM0+48(%r11)
	movaps	%xmm4, MB_XMM0+64(%r11)
	movaps	%xmm5, MB_XMM0+80(%r11)
	movaps	%xmm6, MB_XMM0+96(%r11)
	movaps	%xmm7, MB_XMM0+112(%r11)
	movq	%rdi, MB_RDI(%r11)
	movq	%rsi, MB_RSI(%r11)
	movq	%rdx, MB_RDX(%r11)
	movq	%rcx, MB_RCX(%r11)
	movq	%r8, MB_R8(%r11)
	movq	%r9, MB_R9(%r11)
	movq	%rax, MB_RAX(%r11)
.endm

.macro RESTORE_REGS
	movaps	MB_XMM0+0(%r11), %xmm0
	movaps	MB_XMM0+16(%r11), %xmm1
	movaps	MB_XMM0+32(%r11), %xmm2
	movaps	MB_XMM0+48(%r11), %xmm3
	movaps	MB_XMM0+64(%r11), %xmm4
	movaps	MB_XMM0+80(%r11), %xmm5
	movaps	MB_XMM0+96(%r11), %xmm6
	movaps	MB_XMM0+112(%r11), %xmm7
	movq	MB_RDI(%r11), %rdi
	movq	MB_RSI(%r11), %rsi
	movq	MB_RDX(%r11), %rdx
	movq	MB_RCX(%r11), %rcx
	movq	MB_R8(%r11), %r8
	movq	MB_R9(%r11), %r9
	movq	MB_RAX(%r11), %rax
.endm

	.globl	__morestack
	.type	__morestack, @function
	.p2align 4
__morestack:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$MB_SIZE, %rsp
	andq	$-16, %rsp
	movq	%r11, MB_R11(%rsp)
	movq	%r10, MB_R10(%rsp)
	movq	%rsp, %r11			// the morebuf
	SAVE_REGS
	movq	%rbp, MB_RBP(%rsp)
	movq	%rsp, %rdi
	call	runtime.newstack@PLT
	movq	%rsp, %r11			// the morebuf
	testq	%rax, %rax
	jz	.Lreenter
	movq	%rax, %rsp			// onto the new segment
	RESTORE_REGS
	movq	8(%rbp), %r10
	addq	$1, %r10			// f's body
	// While f's body runs on the new segment (and until this frame
	// returns), debuggers unwind this frame straight to f's caller: the
	// return address is f's ([rbp+16], so the CFA is rbp+24) and the pc in
	// f's split-stack stub ([rbp+8]) is skipped, as it is no frame of f's.
	// gdb's `bt` from a frame on the new segment then reads f, __morestack,
	// f's caller on the old segment.
	.cfi_def_cfa_offset 24
	.cfi_offset %rbp, -24
	call	*%r10
	.globl	__morestack_bodyret
	.hidden	__morestack_bodyret
__morestack_bodyret:
	// f has returned: back to the old segment, whose morebuf area is free
	// again, keeping f's results. They are in rax, rdx, rcx, xmm0 and
	// xmm1 at most: codegen returns results that need more registers
	// through memory (compiler/codegen/callconv.cpp). Exactly these five,
	// not all of SAVE_REGS: a call bouncing on a segment boundary (fib's
	// recursion) comes through here millions of times, and ten more moves
	// cost 8% of bench/fib.go.
	movq	%rbp, %rsp
	subq	$MB_SIZE, %rsp
	andq	$-16, %rsp
	movq	%rax, MB_RAX(%rsp)
	movq	%rdx, MB_RDX(%rsp)
	movq	%rcx, MB_RCX(%rsp)
	movaps	%xmm0, MB_XMM0+0(%rsp)
	movaps	%xmm1, MB_XMM0+16(%rsp)
	call	runtime.oldstack@PLT
	movq	MB_RAX(%rsp), %rax
	movq	MB_RDX(%rsp), %rdx
	movq	MB_RCX(%rsp), %rcx
	movaps	MB_XMM0+0(%rsp), %xmm0
	movaps	MB_XMM0+16(%rsp), %xmm1
	.cfi_def_cfa_offset 16		// returning into f's stub again
	.cfi_offset %rbp, -16
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
.Lreenter:
	.cfi_def_cfa %rbp, 16
	// f fits after all (the guard was a preemption request): restore its
	// arguments and enter its body as if the prologue's check had passed.
	RESTORE_REGS
	movq	8(%rbp), %r10
	addq	$1, %r10
	movq	%rbp, %rsp
	popq	%rbp
	leaq	8(%rsp), %rsp			// drop the return address into f
	jmp	*%r10
	.cfi_endproc
	.globl	__morestack_end
	.hidden	__morestack_end
__morestack_end:
	.size	__morestack, __morestack_end - __morestack

	.section .note.GNU-stack,"",@progbits
