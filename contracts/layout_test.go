package contracts

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/deploy"
)

// upgradeableNames are the contracts deployed behind proxies, as the deploy routine says.
func upgradeableNames() []string {
	var names []string
	for _, st := range deploy.Steps() {
		if st.Upgradeable() {
			names = append(names, st.Name)
		}
	}
	return names
}

// layoutScript runs scripts/layout.js with args and returns its combined output and whether
// it succeeded.
func layoutScript(t *testing.T, args ...string) (string, bool) {
	t.Helper()
	out, err := exec.Command("node", append([]string{"scripts/layout.js"}, args...)...).CombinedOutput()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatalf("run layout.js: %v", err)
	}
	return string(out), err == nil
}

// TestStorageLayoutsMatchBaselines: every upgradeable contract is upgrade safe (OpenZeppelin
// upgrades-core) and its storage layout is compatible with the baseline committed in
// contracts/layout/, which is what deployed proxies hold. A change that moves or retypes a
// variable fails here, before it can be proposed to the council.
func TestStorageLayoutsMatchBaselines(t *testing.T) {
	requireToolchain(t)
	names := upgradeableNames()
	if out, ok := layoutScript(t, append([]string{"check"}, names...)...); !ok {
		t.Fatalf("storage layout check failed (an intended, compatible change: cd contracts && node scripts/layout.js update %s):\n%s", strings.Join(names, " "), out)
	}
	files, _ := filepath.Glob("layout/*.json")
	var have []string
	for _, f := range files {
		have = append(have, strings.TrimSuffix(filepath.Base(f), ".json"))
	}
	sort.Strings(have)
	sort.Strings(names)
	if strings.Join(have, " ") != strings.Join(names, " ") {
		t.Fatalf("baselines in contracts/layout: %v; upgradeable contracts: %v", have, names)
	}
}

// toy is a small UUPS implementation whose state variables are vars.
func toy(vars string) string {
	return `// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";

contract Toy is UUPSUpgradeable {
` + vars + `
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    function initialize() external initializer {
        __UUPSUpgradeable_init();
    }

    function _authorizeUpgrade(address) internal override {}
}
`
}

// TestStorageLayoutCheckRefuses: the check refuses a layout that inserts a variable before
// the deployed ones or retypes one, refuses an unsafe implementation, and accepts an
// appended variable; update never writes an incompatible baseline.
func TestStorageLayoutCheckRefuses(t *testing.T) {
	requireToolchain(t)
	dir := t.TempDir()
	src, baselines := filepath.Join(dir, "src"), filepath.Join(dir, "layout")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(src, "Toy.sol"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(mode string) (string, bool) {
		t.Helper()
		return layoutScript(t, mode, "--src", src, "--layout", baselines, "Toy")
	}
	const v1 = "    uint256 public balance;\n    mapping(address => uint256) public credits;\n"

	write(toy(v1))
	if out, ok := run("check"); ok || !strings.Contains(out, "no baseline") {
		t.Fatalf("check without a baseline passed or said something else:\n%s", out)
	}
	if out, ok := run("update"); !ok {
		t.Fatalf("update of the first version: %s", out)
	}
	baseline, err := os.ReadFile(filepath.Join(baselines, "Toy.json"))
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name, body, want string
	}{
		{"a variable inserted before the deployed ones", toy("    uint256 public inserted;\n" + v1), "incompatible"},
		{"a variable retyped", toy("    int128 public balance;\n    mapping(address => uint256) public credits;\n"), "incompatible"},
		{"a variable removed", toy("    mapping(address => uint256) public credits;\n"), "incompatible"},
		{"state set at declaration (runs in the implementation, not the proxy)", toy(v1 + "    uint256 public limit = 5;\n"), "not upgrade safe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			write(tc.body)
			out, ok := run("check")
			if ok || !strings.Contains(out, tc.want) {
				t.Fatalf("check passed or did not say %q:\n%s", tc.want, out)
			}
			if _, ok := run("update"); ok {
				t.Fatal("update wrote a refused layout")
			}
			if now, _ := os.ReadFile(filepath.Join(baselines, "Toy.json")); string(now) != string(baseline) {
				t.Fatal("a refused update changed the baseline")
			}
		})
	}

	write(toy(v1 + "    uint256 public appended;\n"))
	if out, ok := run("check"); !ok {
		t.Fatalf("an appended variable was refused:\n%s", out)
	}
}
