// runtime/asm_offsets.h — field offsets that asm_amd64.S uses (Go's go_asm.h).
//
// Included by asm_amd64.S and by runtime2.h, which static_asserts every
// offset against the C++ structs, so the two can never drift apart.
#pragma once

// struct gobuf
#define GOBUF_SP 0
#define GOBUF_PC 8
#define GOBUF_BP 16
#define GOBUF_RBX 24
#define GOBUF_R12 32
#define GOBUF_R13 40
#define GOBUF_R14 48
#define GOBUF_R15 56
#define GOBUF_G 64

// struct g
#define G_STACKGUARD0 16
#define G_M 24
#define G_SCHED 32
#define G_DEFERFRAME 232

// struct deferframe (panic.h): generated code builds one in the frame of
// every function with defer statements (compiler/codegen/defer.cpp reads
// these offsets too).
#define DEFERFRAME_LINK 0
#define DEFERFRAME_JMPBUF 8
#define DEFERFRAME_OPENDEFERS 48
#define DEFERFRAME_DEFERS 56
#define DEFERFRAME_BITS 64
#define DEFERFRAME_SIZE 72

// struct m
#define M_G0 0
#define M_CURG 8

// The TCB slot LLVM's split-stack prologue compares rsp with (%fs:0x70).
#define TCB_STACKGUARD 0x70
