# tools/gosub-gdb.py — gdb support for programs built with `gosub build -g`
# (docs/debugging.md): pretty-printers for Go values, the convenience
# functions $len, $cap and $dtype, `info goroutines` and `goroutine N cmd`.
#
# gdb loads it by itself from the .debug_gdb_scripts section of a -g
# executable when the script's directory is in its auto-load safe-path;
# otherwise `source tools/gosub-gdb.py`.
#
# What it reads:
#   - Go values through the DWARF types compiler/codegen/debuginfo.cpp
#     emits, which follow gc's: struct "string" {str, len}, struct "[]T"
#     {array, len, cap}, runtime.iface {tab, data} / runtime.eface {_type,
#     data}, typedefs "map[K]V" -> *hash<K,V>, "chan T" -> *hchan<T>,
#     "func(...)" -> *runtime.funcval.
#   - The scheduler through the runtime's own DWARF (libgosubrt.a is built
#     with -g in the default RelWithDebInfo build): gosub::rt::allgs and
#     allglen, the fields of gosub::rt::g and gosub::rt::m by name. No
#     offsets are copied here, so the script cannot drift from runtime2.h.

import re

import gdb
from gdb.FrameDecorator import FrameDecorator

# ---------------------------------------------------------------- Go values

# runtime/type.h
KIND_DIRECT_IFACE = 1 << 5
KIND_MASK = (1 << 5) - 1
TFLAG_NAMED = 1 << 2
# Basic kinds (reflect.Kind numbering) by the Go type that holds one.
BASIC_KINDS = {
    1: "bool", 2: "int", 3: "int8", 4: "int16", 5: "int32", 6: "int64",
    7: "uint", 8: "uint8", 9: "uint16", 10: "uint32", 11: "uint64",
    12: "uintptr", 13: "float32", 14: "float64", 15: "complex64",
    16: "complex128", 24: "string",
}
# runtime/map.h
BUCKET_CNT = 8
MIN_TOPHASH = 5
EVACUATED_X, EVACUATED_EMPTY = 2, 4
SAME_SIZE_GROW = 8


def go_string(val):
    """The text of a Go string value (struct string {str, len})."""
    n = int(val["len"])
    if n <= 0:
        return ""
    data = gdb.selected_inferior().read_memory(int(val["str"]), min(n, 1 << 20))
    return bytes(data).decode("utf-8", "replace")


def type_names(t):
    """t's name, then the names of the types it is a typedef of."""
    while True:
        yield t.name
        if t.code != gdb.TYPE_CODE_TYPEDEF:
            return
        t = t.target()


def lookup_go_type(name):
    """The type DWARF names `name` in Go code (the C++ runtime has its own
    int, 4 bytes wide), or None."""
    for domain in (gdb.SYMBOL_STRUCT_DOMAIN, gdb.SYMBOL_VAR_DOMAIN):
        for sym in gdb.lookup_static_symbols(name, domain) + [gdb.lookup_global_symbol(name, domain)]:
            if (sym is not None and sym.addr_class == gdb.SYMBOL_LOC_TYPEDEF and sym.symtab
                    and sym.symtab.filename.endswith(".go")):
                return sym.type
    return None


def descriptor_name(typ):
    """The Go type a runtime._type descriptor describes, as DWARF names it."""
    name = go_string(typ["str"])
    # The descriptor says json.Decoder; DWARF says encoding/json.Decoder.
    if int(typ["tflag"]) & TFLAG_NAMED and typ["uncommon"]:
        pkgpath = go_string(typ["uncommon"]["pkgpath"])
        if pkgpath and "." in name:
            name = pkgpath + "." + name.rsplit(".", 1)[1]
    return name


def dynamic_value(typ, data):
    """The value an interface holds: its descriptor typ, its data word."""
    name = descriptor_name(typ)
    kind = int(typ["kind"])
    # Pointer types have no DWARF names: *T and **T are built from T's.
    base = name.lstrip("*")
    gtype = lookup_go_type(base)
    for _ in range(len(name) - len(base)):
        gtype = gtype.pointer() if gtype else None
    if gtype is None and (kind & KIND_MASK) in BASIC_KINDS:
        # A type without a DWARF description of its own (no variable has
        # it): its underlying basic type holds the same bits.
        gtype = lookup_go_type(BASIC_KINDS[kind & KIND_MASK])
    if gtype is None:
        return name, None
    if kind & KIND_DIRECT_IFACE:
        return name, data.cast(gtype)
    return name, data.cast(gtype.pointer()).dereference()


def iface_type(val):
    """The descriptor of an interface value's dynamic type, or None if nil."""
    fields = [f.name for f in val.type.strip_typedefs().fields()]
    if "tab" in fields:
        tab = val["tab"]
        return tab.dereference()["_type"] if tab else None
    typ = val["_type"]
    return typ if typ else None


class StringPrinter:
    """string: its text, quoted (gdb's own Go support also shows the pointer)."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        n = int(self.val["len"])
        if n < 0:
            return "<bad string len=%d>" % n
        return self.val["str"].lazy_string(encoding="utf-8", length=n)

    def display_hint(self):
        return "string"


class SmallIntPrinter:
    """int8, uint8 (byte): numbers, as Go prints them, not C's chars."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        return str(int(self.val))


class SlicePrinter:
    """[]T len=N cap=M = {elements}"""

    def __init__(self, val, name):
        self.val = val
        self.name = name

    def to_string(self):
        return "%s len=%d cap=%d" % (self.name, int(self.val["len"]), int(self.val["cap"]))

    def children(self):
        n = int(self.val["len"])
        if n < 0 or n > int(self.val["cap"]):
            return
        array = self.val["array"]
        for i in range(n):
            yield "[%d]" % i, (array + i).dereference()

    def display_hint(self):
        return "array"


class MapPrinter:
    """map[K]V with N elements = {[k] = v, ...}; walks the buckets as
    runtime/map.h lays them out, old ones too while the map grows."""

    def __init__(self, val, name):
        self.val = val
        self.name = name

    def to_string(self):
        if not self.val:
            return "%s nil" % self.name
        return "%s with %d elements" % (self.name, int(self.val.dereference()["count"]))

    def children(self):
        if not self.val:
            return
        h = self.val.dereference()
        B = int(h["B"])
        buckets, oldbuckets = h["buckets"], h["oldbuckets"]
        if not buckets:
            return
        noldbuckets = 1 << B if int(h["flags"]) & SAME_SIZE_GROW else 1 << max(B - 1, 0)
        n = 0
        for i in range(1 << B):
            bp = buckets + i
            if oldbuckets:
                old = oldbuckets + (i & (noldbuckets - 1))
                top0 = int(old.dereference()["tophash"][0])
                if not (EVACUATED_X <= top0 <= EVACUATED_EMPTY):
                    # Not moved yet: its entries are listed once, from the old bucket.
                    if i >= noldbuckets:
                        continue
                    bp = old
            while bp:
                b = bp.dereference()
                for j in range(BUCKET_CNT):
                    if int(b["tophash"][j]) < MIN_TOPHASH:
                        continue
                    k, v = b["keys"][j], b["values"][j]
                    # Keys and elems over 128 bytes are stored as (unnamed) pointers.
                    if k.type.code == gdb.TYPE_CODE_PTR and k.type.name is None:
                        k = k.dereference()
                    if v.type.code == gdb.TYPE_CODE_PTR and v.type.name is None:
                        v = v.dereference()
                    yield "[%d]" % n, k
                    yield "[%d]" % (n + 1), v
                    n += 2
                bp = b["overflow"]

    def display_hint(self):
        return "map"


class ChanPrinter:
    """chan T (len N, cap M[, closed]) = {buffered elements, oldest first}"""

    def __init__(self, val, name):
        self.val = val
        self.name = name

    def to_string(self):
        if not self.val:
            return "%s nil" % self.name
        c = self.val.dereference()
        closed = ", closed" if int(c["closed"]) else ""
        return "%s (len %d, cap %d%s)" % (self.name, int(c["qcount"]), int(c["dataqsiz"]), closed)

    def children(self):
        if not self.val:
            return
        c = self.val.dereference()
        size, start = int(c["dataqsiz"]), int(c["recvx"])
        for i in range(int(c["qcount"])):
            yield "[%d]" % i, (c["buf"] + (start + i) % size).dereference()

    def display_hint(self):
        return "array"


class InterfacePrinter:
    """(dynamic type) value, or nil."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        typ = iface_type(self.val)
        if typ is None:
            return "nil"
        name, value = dynamic_value(typ.dereference(), self.val["data"])
        if value is None:
            return "(%s) %s" % (name, self.val["data"])
        return "(%s) %s" % (name, value.format_string())


class FuncPrinter:
    """func value: its code's name (and the closure object), or nil."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        if not self.val:
            return "nil"
        code = int(self.val.dereference()["fn"])
        name = function_name(code) or "0x%x" % code
        # main.f$fv: the thunk through which a func value calls main.f
        # (compiler/codegen/closure.cpp).
        if name.endswith("$fv"):
            name = name[:-3]
        return "%s (closure 0x%x)" % (name, int(self.val))


def lookup_printer(val):
    t = val.type
    base = t.strip_typedefs()
    for name in type_names(t):
        if not name:
            continue
        if name.startswith("map["):
            return MapPrinter(val, name)
        if name.startswith(("chan ", "<-chan ", "chan<- ")):
            return ChanPrinter(val, name)
        if name.startswith("func(") and base.code == gdb.TYPE_CODE_PTR:
            return FuncPrinter(val)
        if name.startswith("[]") and base.code == gdb.TYPE_CODE_STRUCT:
            return SlicePrinter(val, name)
    if base.code == gdb.TYPE_CODE_INT and base.sizeof == 1 and base.name in ("int8", "uint8"):
        return SmallIntPrinter(val)
    if base.code == gdb.TYPE_CODE_STRUCT:
        if base.name == "string":
            return StringPrinter(val)
        if base.name in ("runtime.iface", "runtime.eface"):
            return InterfacePrinter(val)
    return None


# ---------------------------------------------------------------- convenience functions


class LenFunc(gdb.Function):
    """$len(v): the length of a Go string, slice, map or channel."""

    def __init__(self):
        super().__init__("len")

    def invoke(self, val):
        p = lookup_printer(val)
        if isinstance(p, (StringPrinter, SlicePrinter)):
            return val["len"]
        if isinstance(p, MapPrinter):
            return val.dereference()["count"] if val else 0
        if isinstance(p, ChanPrinter):
            return val.dereference()["qcount"] if val else 0
        raise gdb.GdbError("$len: not a string, slice, map or channel")


class CapFunc(gdb.Function):
    """$cap(v): the capacity of a Go slice or channel."""

    def __init__(self):
        super().__init__("cap")

    def invoke(self, val):
        p = lookup_printer(val)
        if isinstance(p, SlicePrinter):
            return val["cap"]
        if isinstance(p, ChanPrinter):
            return val.dereference()["dataqsiz"] if val else 0
        raise gdb.GdbError("$cap: not a slice or channel")


class DtypeFunc(gdb.Function):
    """$dtype(i): the value interface i holds, as its dynamic type."""

    def __init__(self):
        super().__init__("dtype")

    def invoke(self, val):
        typ = iface_type(val)
        if typ is None:
            raise gdb.GdbError("$dtype: nil interface")
        name, value = dynamic_value(typ.dereference(), val["data"])
        if value is None:
            raise gdb.GdbError("$dtype: no debug information for type %s" % name)
        return value


# ---------------------------------------------------------------- goroutines

# runtime2.h: goroutine statuses and wait reasons, in Go's words.
G_STATUS = {0: "idle", 1: "runnable", 2: "running", 3: "syscall", 4: "waiting", 6: "dead"}
G_RUNNING, G_SYSCALL, G_WAITING, G_DEAD = 2, 3, 4, 6
WAIT_REASONS = [
    "", "GC assist marking", "IO wait", "chan receive (nil chan)", "chan send (nil chan)",
    "dumping heap", "garbage collection", "garbage collection scan", "panicwait", "select",
    "select (no cases)", "GC assist wait", "GC sweep wait", "GC scavenge wait", "chan receive",
    "chan send", "finalizer wait", "force gc (idle)", "semacquire", "sleep", "sync.Cond.Wait",
    "timer goroutine (idle)", "trace reader (blocked)", "wait for GC cycle", "GC worker (idle)",
    "preempted", "debug call",
]
MAX_FRAMES = 1000  # bound on frame-pointer walks through a corrupt stack


def runtime_symbol(name):
    sym = gdb.lookup_global_symbol(name) or gdb.lookup_static_symbol(name)
    if sym is None:
        raise gdb.GdbError(
            "gosub-gdb: no %s in the program's debug information: the runtime "
            "(libgosubrt.a) must be built with -g, as the default RelWithDebInfo "
            "build does" % name)
    return sym.value()


def all_goroutines():
    """Every goroutine that is not dead, in creation order."""
    allgs = runtime_symbol("gosub::rt::allgs")
    for i in range(int(runtime_symbol("gosub::rt::allglen"))):
        gp = allgs[i]
        if int(gp["atomicstatus"]) not in (0, G_DEAD):
            yield gp


def find_goroutine(goid):
    for gp in all_goroutines():
        if int(gp["goid"]) == goid:
            return gp
    return None


def status_of(gp):
    status = int(gp["atomicstatus"])
    word = G_STATUS.get(status, "unknown(%d)" % status)
    if status == G_WAITING:
        reason = int(gp["waitreason"])
        if 0 < reason < len(WAIT_REASONS):
            word += " (%s)" % WAIT_REASONS[reason]
    return word


def function_at(pc):
    """(name, file, line) of the code at pc; file is None outside DWARF functions."""
    try:
        block = gdb.block_for_pc(pc)
    except RuntimeError:
        block = None
    while block is not None and block.function is None:
        block = block.superblock
    if block is not None:
        sal = gdb.find_pc_line(pc)
        filename = sal.symtab.filename if sal.symtab else block.function.symtab.filename
        return block.function.name, filename, sal.line
    msym = gdb.execute("info symbol 0x%x" % pc, to_string=True)
    if " in section" not in msym:
        return None, None, 0
    return asm_name(msym.split(" in section")[0].split(" + ")[0].strip()), None, 0


def asm_name(name):
    """The symbol of an assembly function (runtime.gostart) as it is spelled:
    gdb shows such symbols without DWARF as runtime[gostart]."""
    m = re.match(r"^([\w./]+)\[(\w+)\]$", name)
    return m.group(1) + "." + m.group(2) if m else name


def function_name(pc):
    return function_at(pc)[0]


def is_go(where):
    return where[1] is not None and where[1].endswith(".go")


def thread_of(gp):
    """The gdb thread running goroutine gp (running or in a syscall), or None."""
    mp = gp["m"]
    if not mp or mp.dereference()["curg"] != gp:
        return None
    procid = int(mp.dereference()["procid"])
    for th in gdb.selected_inferior().threads():
        if th.ptid[1] == procid:
            return th
    return None


def innermost_go_frame_of_thread(th):
    """(name, file, line) of the newest Go frame on thread th."""
    saved_thread, saved_frame = gdb.selected_thread(), gdb.selected_frame()
    try:
        th.switch()
        frame, first = gdb.newest_frame(), None
        for _ in range(MAX_FRAMES):
            if frame is None:
                break
            fn = frame.function()  # gdb looks return addresses up at pc-1
            name = frame.name()
            where = (fn.name, fn.symtab.filename, frame.find_sal().line) if fn else (name and asm_name(name), None, 0)
            if is_go(where):
                return where
            first = first or where
            frame = frame.older()
        return first
    finally:
        saved_thread.switch()
        saved_frame.select()


def innermost_go_frame_saved(pc, bp):
    """(name, file, line) of the newest Go frame of a goroutine that is not
    running, walking its frame-pointer chain from the saved pc and rbp (the
    runtime keeps frame pointers; __morestack's records link segments)."""
    inferior = gdb.selected_inferior()
    first = None
    for _ in range(MAX_FRAMES):
        where = function_at(pc)
        first = first or where
        if is_go(where) or not bp:
            break
        record = bytes(inferior.read_memory(bp, 16))
        bp, pc = int.from_bytes(record[:8], "little"), int.from_bytes(record[8:], "little") - 1
    return where if is_go(where) else first


def location_of(gp):
    th = thread_of(gp)
    if th is not None:
        return innermost_go_frame_of_thread(th)
    status = int(gp["atomicstatus"])
    sched = gp["sched"]
    pc = int(sched["pc"])
    if status not in (G_RUNNING, G_SYSCALL) and not int(sched["bp"]):
        # Not started yet (runtime.gostart's rbp is 0): where it will start.
        start = int(gp["startfn"])
        return function_at(start)
    return innermost_go_frame_saved(pc, int(sched["bp"]))


def format_location(where):
    name, filename, line = where
    if name is None:
        return "?"
    if filename and line:
        return "%s at %s:%d" % (name, filename.rsplit("/", 1)[-1], line)
    return name


class InfoGoroutines(gdb.Command):
    """List the goroutines: id, status (waiting with its wait reason) and the
Go function each is in. `*` marks goroutines on a thread (running or in a
system call)."""

    def __init__(self):
        super().__init__("info goroutines", gdb.COMMAND_STACK, gdb.COMPLETE_NONE)

    def invoke(self, arg, from_tty):
        rows = []
        for gp in all_goroutines():
            mark = "*" if thread_of(gp) is not None else " "
            rows.append((mark, str(int(gp["goid"])), status_of(gp), format_location(location_of(gp))))
        if not rows:
            print("No goroutines.")
            return
        idw = max(2, max(len(r[1]) for r in rows))
        stw = max(len(r[2]) for r in rows)
        print("  %-*s  %-*s  %s" % (idw, "Id", stw, "Status", "Function"))
        for mark, goid, status, where in rows:
            print("%s %-*s  %-*s  %s" % (mark, idw, goid, stw, status, where))


# The registers a gobuf (runtime2.h) saves, and the gdb names of each.
GOBUF_REGISTERS = (("pc", "rip"), ("sp", "rsp"), ("bp", "rbp"), ("rbx", "rbx"),
                   ("r12", "r12"), ("r13", "r13"), ("r14", "r14"), ("r15", "r15"))


class GoroutineCmd(gdb.Command):
    """goroutine N CMD: run gdb command CMD (bt, info locals, ...) in
goroutine N; `goroutine all CMD` in every goroutine. A goroutine that is not
on a thread is shown through its saved registers (g.sched), which are put in
the current thread's registers for the command and restored afterwards."""

    def __init__(self):
        super().__init__("goroutine", gdb.COMMAND_STACK, gdb.COMPLETE_NONE)

    def invoke(self, arg, from_tty):
        parts = arg.split(None, 1)
        if len(parts) != 2:
            raise gdb.GdbError("usage: goroutine N|all CMD")
        if parts[0] == "all":
            goids = [int(gp["goid"]) for gp in all_goroutines()]
        else:
            try:
                goids = [int(parts[0])]
            except ValueError:
                raise gdb.GdbError("goroutine: not a goroutine id: %s" % parts[0])
        for goid in goids:
            if len(goids) > 1:
                print("\ngoroutine %d:" % goid)
            self.run_in(goid, parts[1], from_tty)

    def run_in(self, goid, cmd, from_tty):
        gp = find_goroutine(goid)
        if gp is None:
            raise gdb.GdbError("No such goroutine: %d" % goid)
        # Frames are re-found by level afterwards: writing registers
        # invalidates every gdb.Frame object.
        saved_thread, saved_level = gdb.selected_thread(), gdb.selected_frame().level()
        th = thread_of(gp)
        if th is not None:
            try:
                th.switch()
                gdb.newest_frame().select()
                gdb.execute(cmd, from_tty)
            finally:
                saved_thread.switch()
                select_level(saved_level)
            return
        newest = gdb.newest_frame()
        saved = {reg: int(newest.read_register(reg)) for _, reg in GOBUF_REGISTERS}
        sched = gp["sched"]
        try:
            set_registers({reg: int(sched[field]) for field, reg in GOBUF_REGISTERS})
        except gdb.error as e:
            try:
                set_registers(saved)
            except gdb.error:
                pass
            raise gdb.GdbError("goroutine %d is not on a thread, and its saved registers cannot be "
                               "loaded (%s): that needs a live process" % (goid, e))
        try:
            gdb.execute(cmd, from_tty)
        finally:
            set_registers(saved)
            select_level(saved_level)


def set_registers(values):
    # In frame 0 only: in an older frame gdb would store the values in the
    # stack slots where that frame's callee saved them.
    gdb.newest_frame().select()
    for _, reg in GOBUF_REGISTERS:
        gdb.execute("set $%s = %d" % (reg, values[reg]), to_string=True)


def select_level(level):
    frame = gdb.newest_frame()
    for _ in range(level):
        frame = frame.older() or frame
    frame.select()


class AsmNameDecorator(FrameDecorator):
    def function(self):
        name = self.inferior_frame().name()
        return asm_name(name) if name else super().function()


class AsmNameFilter:
    """Spells assembly functions as they are named (runtime.gostart) in `bt`."""

    def __init__(self):
        self.name = "gosub-asm-names"
        self.priority = 100
        self.enabled = True

    def filter(self, frames):
        return map(AsmNameDecorator, frames)


def register(objfile):
    # One lookup function handles every Go kind: names are matched through
    # typedef chains (main.Celsius -> string), which one regexp cannot do.
    if objfile is not None:
        objfile.pretty_printers.append(lookup_printer)
    else:
        gdb.current_progspace().pretty_printers.append(lookup_printer)
    filt = AsmNameFilter()
    (objfile or gdb.current_progspace()).frame_filters[filt.name] = filt
    LenFunc()
    CapFunc()
    DtypeFunc()
    InfoGoroutines()
    GoroutineCmd()


register(gdb.current_objfile())
