// runtime/asm_amd64.S — assembly the C++ runtime cannot express
// (Go's asm_amd64.s).

	.text

// __morestack is called by the split-stack prologue of a Go function f
// (emitted by LLVM for the "split-stack" attribute) when the stack guard in
// %fs:0x70 says f's frame does not fit:
//
//	f:	cmp  %fs:0x70, %rsp		// or: lea -frame(%rsp),%r11; cmp %fs:0x70,%r11
//		jbe  1f
//	body:	...
//	1:	mov  $framesize, %r10
//		mov  $argsize, %r11
//		call __morestack
//		ret
//
// On entry: r10 = bytes f needs for its frame, r11 = bytes of f's arguments
// passed on the stack; [rsp] = the address of that `ret`, so [rsp]+1 is f's
// body; [rsp+8] = f's return address into its caller; f's stack arguments
// start at rsp+16. rdi, rsi, rdx, rcx, r8, r9, rax and xmm0-xmm7 still
// hold f's arguments. f has not pushed a frame record yet, so rbp is f's
// caller's frame pointer.
//
// This issue: a goroutine has one fixed stack, so reaching here is a stack
// overflow. The frame still has the reserve below the guard (_StackGuard
// bytes, see stack.cpp), enough to run runtime.newstack in C++, which prints
// the overflow and throws; it never returns.
//
// Segmented stacks (goroutines issue) turn this into Go's morestack and
// libgcc's protocol, with gosub's own segment allocator:
//  1. save the argument registers (they belong to f);
//  2. call newstack for a segment of at least r10 + r11 + _StackGuard bytes,
//     reusing the goroutine's cached next segment if it is large enough (a
//     call that bounces across the boundary must not allocate: the hot-split
//     problem), or throw "goroutine stack exceeds N-byte limit" past the
//     maximum; if the guard held the preemption poison instead, restore it
//     and yield rather than grow;
//  3. copy r11 bytes of stack arguments from rsp+16 to the top of the new
//     segment, record the old rsp/guard in the segment header, install the
//     new guard in %fs:0x70 and g.stackguard0, switch rsp, restore the
//     argument registers and call [old rsp]+1, i.e. f's body, on the new
//     segment;
//  4. when f returns there, keep rax, rdx, xmm0, xmm1 (f's results), switch
//     back to the old segment and its guard (keeping the new segment cached),
//     and return to the `ret` after `call __morestack`, which returns to f's
//     caller.
// The frame record pushed below links the new segment's frames to the old
// one, so tracebacks and profiles walk across the boundary.

	.globl	__morestack
	.type	__morestack, @function
	.p2align 4
__morestack:
	.cfi_startproc
	// A frame record: [rbp] = f's caller's rbp, [rbp+8] = pc in f,
	// [rbp+16] = f's return address. traceback.cpp relies on this layout.
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	andq	$-16, %rsp		// the C++ ABI wants rsp 16-byte aligned at calls
	movq	%r10, %rdi		// framesize
	movq	%r11, %rsi		// argsize
	leaq	16(%rbp), %rdx		// sp at f's entry
	call	runtime.newstack@PLT	// does not return
	ud2
	.cfi_endproc
	.globl	__morestack_end
	.hidden	__morestack_end
__morestack_end:
	.size	__morestack, __morestack_end - __morestack

	.section .note.GNU-stack,"",@progbits
