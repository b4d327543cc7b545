package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestFundTargets(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const addrC = "0x3000000000000000000000000000000000000003"
	good := file("good.txt", "# the shop's keys\n\n"+addrB+"   # till 1\n  "+addrC+"\n")
	bad := file("bad.txt", addrB+"\n0x12\n"+addrA+"\n")
	for _, tc := range []struct {
		name  string
		args  []string
		file  string
		stdin string
		want  []string
		err   []string // every part of the error
	}{
		{name: "one argument", args: []string{addrA}, want: []string{addrA}},
		{name: "arguments, then the file's lines", args: []string{addrA}, file: good, want: []string{addrA, addrB, addrC}},
		{name: "the file alone", file: good, want: []string{addrB, addrC}},
		{name: "standard input", file: "-", stdin: addrC + " # from a pipe\n", want: []string{addrC}},
		{name: "nothing", err: []string{"no address to fund", "--file FILE"}},
		{name: "only comments", file: file("empty.txt", "# none yet\n\n"), err: []string{"no address to fund"}},
		{name: "every bad entry at once", args: []string{"0xzz", addrA}, file: bad,
			err: []string{"nothing sent", `argument 1: malformed address: "0xzz"`, bad + ` line 2: malformed address: "0x12"`, bad + " line 3: " + common.HexToAddress(addrA).Hex() + " is already given as argument 2"}},
		{name: "a missing file", args: []string{addrA}, file: filepath.Join(dir, "nope.txt"), err: []string{"--file", "no such file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := fundTargets(tc.args, tc.file, strings.NewReader(tc.stdin))
			if len(tc.err) > 0 {
				if err == nil {
					t.Fatalf("got %v, want an error", got)
				}
				for _, part := range tc.err {
					if !strings.Contains(err.Error(), part) {
						t.Errorf("error %q lacks %q", err, part)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != common.HexToAddress(tc.want[i]) {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}
