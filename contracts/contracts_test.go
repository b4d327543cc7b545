package contracts

import (
	"bytes"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/vm"
)

// requireToolchain skips when node or npm is missing, except in CI, where a skip would
// let drift land unnoticed.
func requireToolchain(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed; CI must have it to check the committed artifacts", tool)
			}
			t.Skipf("%s is not installed: cannot check that artifacts and bindings match the sources (install Node.js and npm, then run make contracts)", tool)
		}
	}
	if _, err := os.Stat("node_modules/solc"); err != nil {
		t.Fatalf("contracts/node_modules is missing: run `make test` (it runs npm ci) or `cd contracts && npm ci`")
	}
}

// TestArtifactsAndBindingsMatchSources regenerates everything into a temporary folder, as
// `make contracts` does into the repository, and compares file by file.
func TestArtifactsAndBindingsMatchSources(t *testing.T) {
	requireToolchain(t)
	out := t.TempDir()
	cmd := exec.Command("bash", "generate.sh", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generate.sh: %v\n%s", err, msg)
	}
	compareTrees(t, filepath.Join(out, "contracts", "artifacts"), "artifacts", nil)
	compareTrees(t, filepath.Join(out, "bindings"), filepath.Join("..", "bindings"), func(rel string) bool {
		return strings.Contains(rel, string(filepath.Separator)) // generated sub-packages only
	})
}

func listFiles(t *testing.T, root string, keep func(string) bool) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if keep != nil && !keep(rel) {
			return nil
		}
		data, err := os.ReadFile(path)
		files[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func compareTrees(t *testing.T, fresh, committed string, keep func(string) bool) {
	t.Helper()
	want, got := listFiles(t, fresh, keep), listFiles(t, committed, keep)
	var problems []string
	for name, data := range want {
		c, ok := got[name]
		switch {
		case !ok:
			problems = append(problems, "missing from the repository: "+filepath.Join(committed, name))
		case !bytes.Equal(c, data):
			problems = append(problems, "differs from the sources: "+filepath.Join(committed, name))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			problems = append(problems, "no longer generated (delete it): "+filepath.Join(committed, name))
		}
	}
	sort.Strings(problems)
	if len(problems) > 0 {
		t.Fatalf("committed files drifted from contracts/src; run `make contracts` and commit:\n  %s", strings.Join(problems, "\n  "))
	}
}

// postLondon are the opcodes geth v1.13.15's Clique chain (London) does not have.
var postLondon = map[vm.OpCode]string{0x5f: "PUSH0 (Shanghai)", 0x5e: "MCOPY (Cancun)", 0x5c: "TLOAD (Cancun)", 0x5d: "TSTORE (Cancun)", 0x49: "BLOBHASH (Cancun)", 0x4a: "BLOBBASEFEE (Cancun)"}

// TestBytecodeIsLondon walks every committed creation bytecode, runtime included, and
// fails on an opcode newer than London.
func TestBytecodeIsLondon(t *testing.T) {
	bins, _ := filepath.Glob("artifacts/*.bin")
	if len(bins) == 0 {
		t.Fatal("no artifacts/*.bin: run make contracts")
	}
	for _, path := range bins {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		code, err := hex.DecodeString(strings.TrimSpace(string(text)))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if pc, name, found := findOpcode(dropDeadTail(stripMetadata(code)), postLondon); found {
			t.Errorf("%s: %s at byte %d; compile with evmVersion london", path, name, pc)
		}
	}
}

func TestDropDeadTailKeepsReachableCode(t *testing.T) {
	for _, tc := range []struct {
		code []byte
		want int
	}{
		{[]byte{0x5b, 0xfd, 0xfe, 0xe6, 0xd1, 0x5c}, 2}, // data after REVERT, INVALID
		{[]byte{0xfe, 0x5b, 0x5c, 0x00}, 4},             // a JUMPDEST after INVALID: reachable
		{[]byte{0x60, 0x00, 0x5c}, 3},                   // no halting opcode
		{[]byte{0x60, 0xfe, 0x5c, 0x00}, 4},             // 0xfe as PUSH1 data, then TLOAD: reachable
	} {
		if got := len(dropDeadTail(tc.code)); got != tc.want {
			t.Errorf("dropDeadTail(%x) kept %d bytes, want %d", tc.code, got, tc.want)
		}
	}
}

func TestFindOpcodeSkipsPushData(t *testing.T) {
	// PUSH1 0x5f, then STOP: the 0x5f is data, not PUSH0.
	if _, _, found := findOpcode([]byte{0x60, 0x5f, 0x00}, postLondon); found {
		t.Fatal("push data counted as an opcode")
	}
	if pc, _, found := findOpcode([]byte{0x60, 0x01, 0x5f}, postLondon); !found || pc != 2 {
		t.Fatalf("PUSH0 at 2 not found (found=%v pc=%d)", found, pc)
	}
}

// stripMetadata drops solc's CBOR metadata, whose length is in the last two bytes: its
// hash bytes are data, not code.
func stripMetadata(code []byte) []byte {
	if len(code) < 2 {
		return code
	}
	n := int(code[len(code)-2])<<8 | int(code[len(code)-1])
	if n+2 > len(code) {
		return code
	}
	return code[:len(code)-n-2]
}

// dropDeadTail drops what follows the code's last halting opcode when no JUMPDEST follows
// it: nothing can execute there. The legacy code generator puts data there (event topics it
// copies with CODECOPY), and a hash byte such as 0x5c is data, not TLOAD.
func dropDeadTail(code []byte) []byte {
	tail := -1
	for pc := 0; pc < len(code); pc++ {
		switch op := vm.OpCode(code[pc]); {
		case op == vm.STOP || op == vm.JUMP || op == vm.RETURN || op == vm.REVERT || op == vm.INVALID || op == vm.SELFDESTRUCT:
			if tail < 0 {
				tail = pc + 1
			}
		case op == vm.JUMPDEST:
			tail = -1
		case op >= vm.PUSH1 && op <= vm.PUSH32:
			pc += int(op - vm.PUSH1 + 1)
		}
	}
	if tail < 0 {
		return code
	}
	return code[:tail]
}

func findOpcode(code []byte, ops map[vm.OpCode]string) (int, string, bool) {
	for pc := 0; pc < len(code); pc++ {
		op := vm.OpCode(code[pc])
		if name, bad := ops[op]; bad {
			return pc, name, true
		}
		if op >= vm.PUSH1 && op <= vm.PUSH32 {
			pc += int(op - vm.PUSH1 + 1)
		}
	}
	return 0, "", false
}
