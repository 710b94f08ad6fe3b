// Input of stack_depth.test: a tiny call graph with known frames.
// deep -> mid -> leaf uses big arrays; shallow calls only leaf.
// indirect calls through a function pointer; recurse calls itself;
// dynamic has a variable-length array.
#define NOINLINE __attribute__((noinline))

NOINLINE void sink(volatile char* p) { p[0] = 1; }

NOINLINE void leaf(void) {
  volatile char buf[200];
  sink(buf);
}

NOINLINE void mid(void) {
  volatile char buf[300];
  sink(buf);
  leaf();
  sink(buf);
}

void deep(void) {
  volatile char buf[100];
  sink(buf);
  mid();
  sink(buf);
}

void shallow(void) {
  leaf();
  leaf();
}

void indirect(void (*f)(void)) {
  f();
  f();
}

void recurse(int n) {
  volatile char buf[64];
  sink(buf);
  if (n > 0) recurse(n - 1);
  sink(buf);
}

void dynamic(int n) {
  volatile char buf[n];
  sink(buf);
}

// redzone is a leaf: its 96 bytes of locals live in the red zone below rsp,
// which the .su does not count (it says 8: the pushed rbp).
void redzone(int i) {
  volatile char buf[96];
  buf[0] = 1;
  buf[i] = 2;
  buf[95] = 3;
}
