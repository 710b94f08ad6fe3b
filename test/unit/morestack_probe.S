// morestack_probe.S — split-stack functions for morestack_test.cpp, written
// in assembly so that the test controls every register: it checks what
// __morestack hands a function on the way in (argument registers, stack
// arguments) and what the caller gets on the way out (result registers,
// callee-saved registers), whether or not the call started a new segment.
//
// probe_regs (morestack_test.cpp declares the same layout):
//	0	gpr[7]	rdi, rsi, rdx, rcx, r8, r9, rax
//	64	xmm[8]	xmm0 .. xmm7, 16 bytes each
//	192	stack[8]	stack arguments, first at the lowest address
//	256	rsp	the callee's rsp in its body (probe_seen); the caller's
//			rbp before (probe_in) and after (probe_got) the call
//	264	saved[5]	rbx, r12, r13, r14, r15
// probe_in: what a caller passes (and the callee-saved values it sets up);
// probe_seen: what the callee saw; probe_ret: what the callee returns;
// probe_got: what the caller got back.

#define R_GPR 0
#define R_XMM 64
#define R_STACK 192
#define R_RSP 256
#define R_SAVED 264
#define R_SIZE 320

	.bss
	.p2align 4
	.globl	probe_in, probe_seen, probe_ret, probe_got
probe_in:	.zero R_SIZE
probe_seen:	.zero R_SIZE
probe_ret:	.zero R_SIZE
probe_got:	.zero R_SIZE

	.text

// Stores (STORE_REGS) or loads (LOAD_REGS) every argument/result register
// at \buf.
.macro STORE_REGS buf
	movq	%rdi, \buf+R_GPR+0(%rip)
	movq	%rsi, \buf+R_GPR+8(%rip)
	movq	%rdx, \buf+R_GPR+16(%rip)
	movq	%rcx, \buf+R_GPR+24(%rip)
	movq	%r8, \buf+R_GPR+32(%rip)
	movq	%r9, \buf+R_GPR+40(%rip)
	movq	%rax, \buf+R_GPR+48(%rip)
	movups	%xmm0, \buf+R_XMM+0(%rip)
	movups	%xmm1, \buf+R_XMM+16(%rip)
	movups	%xmm2, \buf+R_XMM+32(%rip)
	movups	%xmm3, \buf+R_XMM+48(%rip)
	movups	%xmm4, \buf+R_XMM+64(%rip)
	movups	%xmm5, \buf+R_XMM+80(%rip)
	movups	%xmm6, \buf+R_XMM+96(%rip)
	movups	%xmm7, \buf+R_XMM+112(%rip)
.endm

.macro LOAD_REGS buf
	movq	\buf+R_GPR+0(%rip), %rdi
	movq	\buf+R_GPR+8(%rip), %rsi
	movq	\buf+R_GPR+16(%rip), %rdx
	movq	\buf+R_GPR+24(%rip), %rcx
	movq	\buf+R_GPR+32(%rip), %r8
	movq	\buf+R_GPR+40(%rip), %r9
	movq	\buf+R_GPR+48(%rip), %rax
	movups	\buf+R_XMM+0(%rip), %xmm0
	movups	\buf+R_XMM+16(%rip), %xmm1
	movups	\buf+R_XMM+32(%rip), %xmm2
	movups	\buf+R_XMM+48(%rip), %xmm3
	movups	\buf+R_XMM+64(%rip), %xmm4
	movups	\buf+R_XMM+80(%rip), %xmm5
	movups	\buf+R_XMM+96(%rip), %xmm6
	movups	\buf+R_XMM+112(%rip), %xmm7
.endm

// PROBE name, nargs, frame: a function with nargs 8-byte stack arguments
// and a frame of `frame` bytes, with LLVM's split-stack prologue (the
// large-frame form from 256 bytes up, as LLVM emits it) and a body that
// records what it was given in probe_seen, touches the bottom of its frame
// and returns probe_ret's registers; and probe_call_<name>(), a C function
// that calls it with probe_in's arguments and callee-saved values and
// stores what came back in probe_got.
.macro PROBE name, nargs, frame
	.globl	probe_callee_\name
	.type	probe_callee_\name, @function
	.p2align 4
probe_callee_\name:
.if \frame >= 256
	leaq	-\frame(%rsp), %r11
	cmpq	%fs:0x70, %r11
.else
	cmpq	%fs:0x70, %rsp
.endif
	jbe	1f
2:	STORE_REGS probe_seen
	movq	%rsp, probe_seen+R_RSP(%rip)
	.set	i, 0
	.rept	\nargs
	movq	8+8*i(%rsp), %r10
	movq	%r10, probe_seen+R_STACK+8*i(%rip)
	.set	i, i+1
	.endr
.if \frame > 0
	subq	$\frame, %rsp
	movq	$0, (%rsp)			// the frame is really there
	addq	$\frame, %rsp
.endif
	LOAD_REGS probe_ret
	ret
1:	movq	$\frame, %r10
	movq	$8*\nargs, %r11
	callq	__morestack
	ret
	jmp	2b
	.size	probe_callee_\name, .-probe_callee_\name

	.globl	probe_call_\name
	.type	probe_call_\name, @function
	.p2align 4
probe_call_\name:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$8, %rsp
	// Stack arguments (keeping rsp 16-byte aligned at the call).
.if (\nargs % 2) == 1
	subq	$8, %rsp
.endif
	.set	i, \nargs
	.rept	\nargs
	.set	i, i-1
	pushq	probe_in+R_STACK+8*i(%rip)
	.endr
	movq	probe_in+R_SAVED+0(%rip), %rbx
	movq	probe_in+R_SAVED+8(%rip), %r12
	movq	probe_in+R_SAVED+16(%rip), %r13
	movq	probe_in+R_SAVED+24(%rip), %r14
	movq	probe_in+R_SAVED+32(%rip), %r15
	LOAD_REGS probe_in
	movq	%rbp, probe_in+R_RSP(%rip)
	call	probe_callee_\name
	STORE_REGS probe_got
	movq	%rbx, probe_got+R_SAVED+0(%rip)
	movq	%r12, probe_got+R_SAVED+8(%rip)
	movq	%r13, probe_got+R_SAVED+16(%rip)
	movq	%r14, probe_got+R_SAVED+24(%rip)
	movq	%r15, probe_got+R_SAVED+32(%rip)
	// rbp must be ours again: __morestack pushed and popped its own.
	movq	%rbp, probe_got+R_RSP(%rip)
	leaq	-40(%rbp), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	probe_call_\name, .-probe_call_\name
.endm

	PROBE	a0, 0, 0
	PROBE	a1, 1, 16
	PROBE	a2, 2, 32
	PROBE	a3, 3, 48
	PROBE	a4, 4, 64
	PROBE	a5, 5, 80
	PROBE	a6, 6, 96
	PROBE	a7, 7, 112
	PROBE	a8, 8, 128
	PROBE	big0, 0, 4096
	PROBE	big3, 3, 20000

	.section .note.GNU-stack,"",@progbits
