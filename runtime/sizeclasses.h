// runtime/sizeclasses.h — the allocator's size classes (Go's sizeclasses.go).
//
// Small objects (at most _MaxSmallSize bytes) are rounded up to one of
// _NumSizeClasses sizes; a span of class c is class_to_allocnpages[c] pages
// cut into objects of class_to_size[c] bytes. The classes must be Go 1.19's
// exactly: `cap` after append prints roundupsize's answer, and programs
// print caps. Go generates its table with mksizeclasses.go; here the same
// rules run at compile time (makeSizeClasses below), so the numbers are
// derived rather than transcribed, and test/unit/sizeclasses_test.cpp
// checks them against what Go 1.19 reports.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gosub::rt {

constexpr uintptr_t _PageShift = 13;
constexpr uintptr_t _PageSize = uintptr_t{1} << _PageShift;  // 8 KiB
constexpr uintptr_t _MaxSmallSize = 32768;
// Sizes up to smallSizeMax-8 look their class up in steps of smallSizeDiv
// bytes, larger small sizes in steps of largeSizeDiv (every class above
// smallSizeMax is a multiple of largeSizeDiv, so the steps never straddle
// two classes).
constexpr uintptr_t smallSizeDiv = 8;
constexpr uintptr_t smallSizeMax = 1024;
constexpr uintptr_t largeSizeDiv = 128;
constexpr int _NumSizeClasses = 68;
// The most objects one span holds (one page of 8-byte objects).
constexpr uintptr_t maxObjsPerSpan = _PageSize / 8;

struct sizeClassTable {
  uint16_t class_to_size[_NumSizeClasses]{};
  uint8_t class_to_allocnpages[_NumSizeClasses]{};
  // class_to_divmagic[c]: n / size == (n * divmagic) >> 32 for every
  // offset n within a span of class c (Go's divMagic), so finding an
  // object's index costs a multiply rather than a division.
  uint32_t class_to_divmagic[_NumSizeClasses]{};
  uint8_t size_to_class8[smallSizeMax / smallSizeDiv + 1]{};
  uint8_t size_to_class128[(_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1]{};
  int nclasses = 0;  // how many the rules produced (must be _NumSizeClasses)
};

// makeSizeClasses applies Go's rules for choosing size classes:
//  - sizes step by an alignment that grows with the size (8 bytes, then 16
//    from 32, then size/8 from 128, then 256 from 2048), bumped at powers
//    of two;
//  - each size gets the fewest pages whose leftover is at most 1/8 of the
//    span (at most 12.5% waste at the span's tail);
//  - a size that gets the same pages and the same number of objects per
//    span as the previous class replaces it (why keep the smaller one);
//  - finally each class grows to the largest multiple of largeSizeDiv that
//    still fits the same number of objects into its pages.
constexpr sizeClassTable makeSizeClasses() {
  sizeClassTable t{};
  auto pow2 = [](uintptr_t x) { return x != 0 && (x & (x - 1)) == 0; };
  uint32_t size[_NumSizeClasses + 1]{};
  uint32_t npages[_NumSizeClasses + 1]{};
  int n = 1;  // class 0 means "not a small object"
  uintptr_t align = 8;
  for (uintptr_t sz = align; sz <= _MaxSmallSize; sz += align) {
    if (pow2(sz)) {
      if (sz >= 2048) {
        align = 256;
      } else if (sz >= 128) {
        align = sz / 8;
      } else if (sz >= 32) {
        align = 16;
      }
    }
    uintptr_t allocsize = _PageSize;
    while (allocsize % sz > allocsize / 8) allocsize += _PageSize;
    uintptr_t np = allocsize / _PageSize;
    if (n > 1 && np == npages[n - 1] && allocsize / sz == allocsize / size[n - 1]) {
      size[n - 1] = static_cast<uint32_t>(sz);
      continue;
    }
    if (n > _NumSizeClasses) {  // more classes than Go has: reported below
      t.nclasses = n + 1;
      return t;
    }
    size[n] = static_cast<uint32_t>(sz);
    npages[n] = static_cast<uint32_t>(np);
    n++;
  }
  t.nclasses = n;
  if (n != _NumSizeClasses) return t;
  for (int c = 1; c < n; c++) {
    uintptr_t psize = npages[c] * _PageSize;
    uintptr_t grown = (psize / (psize / size[c])) & ~(largeSizeDiv - 1);
    if (grown > size[c]) size[c] = static_cast<uint32_t>(grown);
    t.class_to_size[c] = static_cast<uint16_t>(size[c]);
    t.class_to_allocnpages[c] = static_cast<uint8_t>(npages[c]);
    t.class_to_divmagic[c] = ~uint32_t{0} / size[c] + 1;
  }
  // The lookup tables: the smallest class that holds the size.
  int c = 1;
  for (uintptr_t i = 0; i <= smallSizeMax / smallSizeDiv; i++) {
    uintptr_t sz = i * smallSizeDiv;
    while (i > 0 && t.class_to_size[c] < sz) c++;
    t.size_to_class8[i] = static_cast<uint8_t>(i == 0 ? 0 : c);
  }
  for (uintptr_t i = 0; i <= (_MaxSmallSize - smallSizeMax) / largeSizeDiv; i++) {
    uintptr_t sz = smallSizeMax + i * largeSizeDiv;
    while (t.class_to_size[c] < sz) c++;
    t.size_to_class128[i] = static_cast<uint8_t>(c);
  }
  return t;
}

inline constexpr sizeClassTable sizeclasses = makeSizeClasses();
static_assert(sizeclasses.nclasses == _NumSizeClasses, "the size-class rules no longer give Go's 68 classes");
static_assert(sizeclasses.class_to_size[_NumSizeClasses - 1] == _MaxSmallSize);

inline constexpr const auto& class_to_size = sizeclasses.class_to_size;
inline constexpr const auto& class_to_allocnpages = sizeclasses.class_to_allocnpages;
inline constexpr const auto& class_to_divmagic = sizeclasses.class_to_divmagic;
inline constexpr const auto& size_to_class8 = sizeclasses.size_to_class8;
inline constexpr const auto& size_to_class128 = sizeclasses.size_to_class128;

constexpr uintptr_t divRoundUp(uintptr_t n, uintptr_t a) { return (n + a - 1) / a; }
constexpr uintptr_t alignUp(uintptr_t n, uintptr_t a) { return (n + a - 1) & ~(a - 1); }

// sizeToClass: the class of a small size, 0 < size <= _MaxSmallSize.
constexpr uint8_t sizeToClass(uintptr_t size) {
  return size <= smallSizeMax - 8 ? size_to_class8[divRoundUp(size, smallSizeDiv)]
                                  : size_to_class128[divRoundUp(size - smallSizeMax, largeSizeDiv)];
}

}  // namespace gosub::rt
