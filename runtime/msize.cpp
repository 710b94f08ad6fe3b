// runtime/msize.cpp — roundupsize (Go's msize.go).

#include "runtime.h"
#include "sizeclasses.h"

namespace gosub::rt {

// A small size becomes its class's size. A large one becomes whole pages,
// since a large object is a span of its own; a size so large that rounding
// would wrap is returned as it is, and the allocation fails later.
uintptr_t roundupsize(uintptr_t size) {
  if (size < _MaxSmallSize) return class_to_size[sizeToClass(size)];
  if (size + _PageSize < size) return size;
  return alignUp(size, _PageSize);
}

}  // namespace gosub::rt
