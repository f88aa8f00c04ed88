# SPDX-License-Identifier: GPL-2.0-or-later
# xbt: non-recursive build. `make` builds for this machine; `make ARCH=aarch64`
# cross-builds into build/aarch64. `make check` builds and tests both.

HOST_ARCH := $(shell uname -m)
ARCH ?= $(HOST_ARCH)
# O: output root (helpers working side by side use separate roots).
O ?= build
BUILD ?= $(O)/$(ARCH)
GUEST_BUILD ?= $(O)/guest
V ?= 0
Q := $(if $(filter 1,$(V)),,@)

ifeq ($(ARCH),$(HOST_ARCH))
  XCC ?= gcc
  MULTIARCH := $(shell gcc -print-multiarch)
  RUNNER :=
else ifeq ($(ARCH),aarch64)
  XCC ?= aarch64-linux-gnu-gcc
  MULTIARCH := aarch64-linux-gnu
  RUNNER := qemu-aarch64
else
  $(error unsupported ARCH=$(ARCH): use x86_64 or aarch64)
endif

# x86_64 guest programs for the tests are built with an x86_64 compiler.
ifeq ($(HOST_ARCH),x86_64)
  GUEST_CC ?= gcc
else
  GUEST_CC ?= x86_64-linux-gnu-gcc
endif
GUEST_CXX ?= $(patsubst %gcc,%g++,$(GUEST_CC))
# Go guests (tests/guest/go) need Debian's golang-go; without it they are SKIPped.
GO ?= $(shell command -v go 2>/dev/null)

LLVM_INC := /usr/lib/llvm-19/include
CFLAGS ?= -O2 -g
XCFLAGS := -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
	-fno-strict-aliasing -D_GNU_SOURCE -MMD -MP $(CFLAGS)
LDLIBS := -lZydis -lZycore -lseccomp -lcap -lpthread -lm
# cmpxchg16b: 128-bit __atomic_compare_exchange (jit/lift_atomic.c); static: the
# arm64 runtime libatomic.so.1 is not installed for qemu-aarch64
LDLIBS += -l:libatomic.a
# The LLVM tier: only jit/llvm_*.c see the llvm-c headers; xbt and unit tests link libLLVM.
ifeq ($(ARCH),aarch64)
  LLVM_LIBS := -L/usr/lib/aarch64-linux-gnu -lLLVM-19
else
  LLVM_LIBS := -L/usr/lib/llvm-19/lib -Wl,-rpath,/usr/lib/llvm-19/lib -lLLVM-19
endif

CORE_SRC := $(wildcard core/*.c)
LOADER_SRC := $(wildcard loader/*.c)
JIT_SRC := $(wildcard jit/*.c)
OS_SRC := $(wildcard os/*.c)
OS_ASM := $(wildcard os/*.S)
BINFMT_SRC := $(wildcard binfmt/*.c)

LIB_SRC := $(CORE_SRC) $(LOADER_SRC) $(JIT_SRC) $(filter-out os/main.c,$(OS_SRC))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(OS_ASM:%.S=$(BUILD)/obj/%.o)
XBT_OBJ := $(LIB_OBJ) $(BUILD)/obj/os/main.o
XBTCTL_OBJ := $(BINFMT_SRC:%.c=$(BUILD)/obj/%.o) $(CORE_SRC:%.c=$(BUILD)/obj/%.o)
XBTCTL_LIBS := -lcap

.PHONY: all demo static install clean deps kmod kmod-clean check-kmod check check-x86_64 check-aarch64 check-layers guests unit coverage
all: $(BUILD)/xbt $(BUILD)/xbtctl

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  CC [$(ARCH)] $<")
	$(Q)$(XCC) $(XCFLAGS) -c -o $@ $<

$(BUILD)/obj/jit/llvm_%.o: XCFLAGS += -I$(LLVM_INC)
# The interpreter's threaded dispatch: without these GCC merges the indirect jump that
# ends every op into one shared jump, which the host then predicts far worse.
$(BUILD)/obj/jit/interp.o: XCFLAGS += -fno-gcse -fno-crossjumping

$(BUILD)/obj/%.o: %.S
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  AS [$(ARCH)] $<")
	$(Q)$(XCC) -c -o $@ $<

$(BUILD)/xbt: $(XBT_OBJ)
	$(if $(Q),@echo "  LD [$(ARCH)] $@")
	$(Q)$(XCC) -o $@ $^ $(LDLIBS) $(LLVM_LIBS)

$(BUILD)/xbtctl: $(XBTCTL_OBJ)
	$(if $(Q),@echo "  LD [$(ARCH)] $@")
	$(Q)$(XCC) -o $@ $^ $(XBTCTL_LIBS)

# ---- a fully static xbt (static-pie: it must stay clear of the guest's low
# addresses), for binfmt_misc's F flag in containers and chroots ----
STATIC_DIR := $(BUILD)/static
STATIC_LIBS = $(STATIC_DIR)/libZydis.a -L$$(cat $(STATIC_DIR)/llvm-libdir) \
	$$(cat $(STATIC_DIR)/llvm-libs) -lseccomp -lcap -lstdc++ -lz -lzstd -lrt -ldl -lm -lpthread \
	-l:libatomic.a
$(STATIC_DIR)/libZydis.a:
	$(Q)XBT_STATIC_CACHE=$(O)/static-cache tools/static-deps.sh $(ARCH) $(STATIC_DIR) $(XCC)
$(BUILD)/xbt-static: $(XBT_OBJ) $(STATIC_DIR)/libZydis.a
	$(if $(Q),@echo "  LD [$(ARCH)] $@ (static)")
	$(Q)$(XCC) -static-pie -o $@ $(XBT_OBJ) $(STATIC_LIBS)
static: $(BUILD)/xbt-static

# ---- installation: xbt (static), xbtctl, and a systemd-binfmt rule ----
PREFIX ?= /usr/local
DESTDIR ?=
BINFMT_FLAGS ?= POCF
$(BUILD)/xbt-x86_64.conf: $(BUILD)/xbtctl
	$(Q)$(BUILD)/xbtctl line --flags $(BINFMT_FLAGS) --interpreter $(PREFIX)/bin/xbt > $@
STRIP ?= $(patsubst %gcc,%strip,$(XCC))
install: $(BUILD)/xbt-static $(BUILD)/xbtctl $(BUILD)/xbt-x86_64.conf
	install -D -m 0755 $(BUILD)/xbt-static $(DESTDIR)$(PREFIX)/bin/xbt
	$(STRIP) $(DESTDIR)$(PREFIX)/bin/xbt
	install -D -m 0755 $(BUILD)/xbtctl $(DESTDIR)$(PREFIX)/bin/xbtctl
	install -D -m 0644 $(BUILD)/xbt-x86_64.conf $(DESTDIR)$(PREFIX)/lib/binfmt.d/xbt-x86_64.conf
	@echo "installed; activate with: systemctl restart systemd-binfmt (or xbtctl register)"

# ---- unit tests: host-side C tests linked against xbt's objects ----
UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%)
$(BUILD)/unit/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  UNIT [$(ARCH)] $@")
	$(Q)$(XCC) $(XCFLAGS) -I. -o $@ $< $(LIB_OBJ) $(LDLIBS) $(LLVM_LIBS)
# tso_fences reads the LLVM IR the tier emits
$(BUILD)/unit/tso_fences: XCFLAGS += -I$(LLVM_INC)
unit: $(UNIT_BIN)

# ---- x86_64 guest programs (shared by both builds) ----
ASM_SRC := $(wildcard tests/asm/*.S)
GUEST_C := $(wildcard tests/guest/*.c)
GUEST_BIN := $(ASM_SRC:tests/asm/%.S=$(GUEST_BUILD)/asm/%) \
	$(GUEST_C:tests/guest/%.c=$(GUEST_BUILD)/guest/%)
$(GUEST_BUILD)/asm/%: tests/asm/%.S tests/asm/check.inc
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  AS [guest] $@")
	$(Q)$(GUEST_CC) -nostdlib -static -no-pie -Wl,--build-id=none -o $@ $<
# Guest C programs: a static and a dynamic (PIE) variant of each.
$(GUEST_BUILD)/guest/%: tests/guest/%.c
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  CC [guest] $@")
	$(Q)$(GUEST_CC) -O2 -static -o $@ $< -lm
	$(Q)$(GUEST_CC) -O2 -pie -fPIE -o $@.dyn $< -lm
# Guest C++ programs (static and PIE, like the C ones).
GUEST_CC_SRC := $(wildcard tests/guest/*.cc)
GUEST_BIN += $(GUEST_CC_SRC:tests/guest/%.cc=$(GUEST_BUILD)/guest/%)
$(GUEST_BUILD)/guest/%: tests/guest/%.cc
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  CXX [guest] $@")
	$(Q)$(GUEST_CXX) -O2 -static -pthread -o $@ $<
	$(Q)$(GUEST_CXX) -O2 -pie -fPIE -pthread -o $@.dyn $<
# Go guest programs: static amd64 binaries from Debian's go.
ifneq ($(GO),)
GUEST_BIN += $(patsubst tests/guest/go/%.go,$(GUEST_BUILD)/guest/%,$(wildcard tests/guest/go/*.go))
endif
$(GUEST_BUILD)/guest/%: tests/guest/go/%.go
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  GO [guest] $@")
	$(Q)HOME=$(abspath $(GUEST_BUILD)) GOPATH=$(abspath $(GUEST_BUILD))/gopath \
		GOCACHE=$(abspath $(GUEST_BUILD))/gocache GOARCH=amd64 CGO_ENABLED=0 \
		$(GO) build -trimpath -o $@ $<
guests: $(GUEST_BIN)

# ---- differential instruction tests: programs generated by tests/diff/gen.py ----
# diff/: the make-check size; diff-long/: `make diff-long` (more vectors and sequences;
# DIFF_SEED=N for other random inputs).
DIFF_SUITES := $(shell python3 tests/diff/gen.py --list)
DIFF_DEPS := $(wildcard tests/diff/*.py tests/diff/*.inc tools/coverage.py jit/lift*.c jit/*.def)
DIFF_BIN := $(DIFF_SUITES:%=$(GUEST_BUILD)/diff/%)
DIFF_LONG_BIN := $(DIFF_SUITES:%=$(GUEST_BUILD)/diff-long/%)
DIFF_SEED ?= 1
DIFF_LONG_STAMP := $(GUEST_BUILD)/diff-long/.seed-$(DIFF_SEED)
.PRECIOUS: $(GUEST_BUILD)/diff/%.S $(GUEST_BUILD)/diff-long/%.S
$(GUEST_BUILD)/diff/%.S: $(DIFF_DEPS)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  GEN [guest] $@")
	$(Q)python3 tests/diff/gen.py $* $@
$(DIFF_LONG_STAMP):
	@mkdir -p $(dir $@)
	@rm -f $(GUEST_BUILD)/diff-long/.seed-*
	@touch $@
$(GUEST_BUILD)/diff-long/%.S: $(DIFF_DEPS) $(DIFF_LONG_STAMP)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  GEN [guest] $@")
	$(Q)python3 tests/diff/gen.py $* $@ --long --seed $(DIFF_SEED)
$(GUEST_BUILD)/diff/%: $(GUEST_BUILD)/diff/%.S
	$(if $(Q),@echo "  AS [guest] $@")
	$(Q)$(GUEST_CC) -nostdlib -static -no-pie -Wl,--build-id=none -Itests/diff -o $@ $<
$(GUEST_BUILD)/diff-long/%: $(GUEST_BUILD)/diff-long/%.S
	$(if $(Q),@echo "  AS [guest] $@")
	$(Q)$(GUEST_CC) -nostdlib -static -no-pie -Wl,--build-id=none -Itests/diff -o $@ $<
guests: $(DIFF_BIN)
diff-long: all $(DIFF_LONG_BIN)
	$(Q)XBT_O=$(O) XBT_DIFF_DIR=diff-long TESTS='^diff ' tests/run.sh $(ARCH)
coverage:
	$(Q)python3 tools/coverage.py

# ---- benchmarks (bench/run.sh): freestanding x86_64 workloads, native vs xbt vs qemu ----
BENCH_SRC := $(wildcard bench/src/*.c)
BENCH_BIN := $(BENCH_SRC:bench/src/%.c=$(O)/bench/%)
$(O)/bench/%: bench/src/%.c bench/src/rt.h
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  CC [bench] $@")
	$(Q)$(GUEST_CC) -O2 -static -nostdlib -ffreestanding -fno-stack-protector -fno-pie -no-pie \
		-o $@ $<
.PHONY: bench bench-aarch64
bench: all static $(BENCH_BIN)
	$(Q)XBT_O=$(O) bench/run.sh
# AArch64 instructions executed: the AArch64 build on the x86_64 workloads against
# the workloads built for AArch64 (a qemu TCG plugin counts them)
bench-aarch64: $(BENCH_BIN)
	$(Q)$(MAKE) --no-print-directory ARCH=aarch64 O=$(O) all
	$(Q)XBT_O=$(O) bench/aarch64.sh

check-x86_64:
	$(Q)$(MAKE) --no-print-directory ARCH=x86_64 O=$(O) all static unit guests
check-aarch64:
	$(Q)$(MAKE) --no-print-directory ARCH=aarch64 O=$(O) all static unit guests

# The kernel module VM tests (tests/kmod/run.sh) run after the suites, also when
# those failed; without ../shared/tools/vm they are skipped (exit 77).
check: check-x86_64 check-aarch64 check-layers
	$(Q)XBT_O=$(O) tests/run.sh x86_64 aarch64; r=$$?; \
	XBT_O=$(O) tests/kmod/run.sh; k=$$?; \
	[ $$r = 0 ] && { [ $$k = 0 ] || [ $$k = 77 ]; }

check-layers:
	$(Q)tools/check-layers.sh

# The kernel module against a kernel tree (default: the running kernel's headers).
KDIR ?= /lib/modules/$(shell uname -r)/build
kmod:
	$(MAKE) -C $(KDIR) M=$(CURDIR)/kmod modules
kmod-clean:
	$(MAKE) -C $(KDIR) M=$(CURDIR)/kmod clean
# Load the module into Debian's amd64 and arm64 kernels in VMs and test it there.
check-kmod: check-x86_64 check-aarch64  # see tests/kmod/run.sh
	$(Q)XBT_O=$(O) tests/kmod/run.sh

deps:
	$(Q)sh tools/deps.sh

clean:
	rm -rf $(O)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

# The README's first command: run an x86_64 program through xbt.
demo: all guests
	$(Q)echo "+ $(RUNNER) $(BUILD)/xbt $(GUEST_BUILD)/asm/hello_args hello from x86_64"
	$(Q)$(RUNNER) $(BUILD)/xbt $(GUEST_BUILD)/asm/hello_args hello from x86_64; \
	  echo "(guest exit status $$? = argc + 40)"
