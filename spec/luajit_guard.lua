-- Loaded by busted before the specs (see .busted).
--
-- Debian 12's LuaJIT (2.1.0~beta3+git20220320) can miscompile a loop
-- over pairs()/next: in one register assignment it moves the node pointer
-- that lj_vm_next returns with a 32-bit xchg, so the trace reads through
-- a truncated pointer and the process dies of SIGSEGV.  A core dump of a
-- crashed spec run put the failing trace in luassert's deepcompare (the
-- comparison behind assert.are.same), which the specs call thousands of
-- times, so it is compiled in many ways.  The comparator stays in the
-- interpreter here; lede's own code is compiled as a host would compile it.
-- (doc/hostile-input.md, "LuaJIT", says what this means for hosts.)
local jit = package.loaded.jit
if type(jit) == "table" and type(jit.off) == "function" then
  jit.off(require("luassert.util").deepcompare, true)
end
