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
		if pc, name, found := findOpcode(stripMetadata(code), postLondon); found {
			t.Errorf("%s: %s at byte %d; compile with evmVersion london", path, name, pc)
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
