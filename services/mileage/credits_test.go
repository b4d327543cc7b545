package mileage

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/problems"
)

func TestParseCreditsListsEveryProblemByLine(t *testing.T) {
	in := strings.Join([]string{
		"citizen,amount,record",
		"0x00000000000000000000000000000000000000a1,1000,1",
		"0xnot-an-address,10,2",
		"0x00000000000000000000000000000000000000a2,-5,3",
		"0x00000000000000000000000000000000000000a3,12.5,4",
		"0x00000000000000000000000000000000000000a4,10,R-5",
		"0x00000000000000000000000000000000000000a5,10,1",
		"0x00000000000000000000000000000000000000a6,10",
		"0x0000000000000000000000000000000000000000,10,8",
		"",
		"0x00000000000000000000000000000000000000a7,\"1,000\",9",
	}, "\n")
	_, err := ParseCredits("eco.csv", []byte(in))
	var fe *problems.FileError
	if !errors.Is(err, ErrCreditFile) || !errors.As(err, &fe) {
		t.Fatalf("err = %v, want a problems.FileError", err)
	}
	var where []string
	for _, p := range fe.Problems {
		where = append(where, p.Where)
	}
	want := "line 3 citizen|line 4 amount|line 5 amount|line 6 record ID|line 7 record ID|line 8|line 9 citizen"
	if got := strings.Join(where, "|"); got != want {
		t.Fatalf("problems at\n %s\nwant\n %s\n%v", got, want, err)
	}
	if !strings.Contains(err.Error(), "record 1 is also on line 2") || !strings.Contains(err.Error(), "nothing sent") {
		t.Fatalf("message does not say which line holds the duplicate or that nothing was sent:\n%v", err)
	}
}

func TestParseCreditsClean(t *testing.T) {
	in := "0x00000000000000000000000000000000000000a1, 1000, 1\n\n0x00000000000000000000000000000000000000A2,\"1,500\",2\n"
	got, err := ParseCredits("eco.csv", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].Amount.Int64() != 1500 || got[1].RecordID != 2 || got[1].Line != 3 {
		t.Fatalf("credits = %+v", got)
	}
	if _, err := ParseCredits("empty.csv", []byte("citizen,amount,record\n")); err == nil || !strings.Contains(err.Error(), "no credits") {
		t.Fatalf("empty file: err = %v", err)
	}
}

func TestBatches(t *testing.T) {
	cs := make([]Credit, 1201)
	var sizes []int
	for _, b := range Batches(cs, 500) {
		sizes = append(sizes, len(b))
	}
	if len(sizes) != 3 || sizes[0] != 500 || sizes[1] != 500 || sizes[2] != 201 {
		t.Fatalf("batch sizes %v, want [500 500 201]", sizes)
	}
}

func TestCreditsSkippingRepeats(t *testing.T) {
	a1 := "0x00000000000000000000000000000000000000a1"
	a2 := "0x00000000000000000000000000000000000000a2"
	tests := []struct {
		name    string
		lines   []string
		credits int
		repeats []Repeat
		problem string
	}{
		{"a line twice", []string{a1 + ",100,1", a2 + ",50,2", a1 + ",100,1"}, 2, []Repeat{{Line: 3, FirstLine: 1, RecordID: 1}}, ""},
		{"thousands separators are the same amount", []string{a1 + ",1000,1", a1 + `,"1,000",1`}, 1, []Repeat{{Line: 2, FirstLine: 1, RecordID: 1}}, ""},
		{"the same record to another citizen", []string{a1 + ",100,1", a2 + ",100,1"}, 0, nil, "line 2 record ID: record 1 is also on line 1"},
		{"the same record for another amount", []string{a1 + ",100,1", a1 + ",101,1"}, 0, nil, "line 2 record ID: record 1 is also on line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.csv")
			os.WriteFile(path, []byte(strings.Join(tt.lines, "\n")+"\n"), 0o644)
			credits, repeats, err := ReadCreditsSkippingRepeats(path)
			if tt.problem != "" {
				if err == nil || !strings.Contains(err.Error(), tt.problem) || strings.Contains(err.Error(), "--skip-duplicates") {
					t.Fatalf("err = %v, want %q (and no hint to skip what is not a repeat)", err, tt.problem)
				}
				return
			}
			if err != nil || len(credits) != tt.credits || !reflect.DeepEqual(repeats, tt.repeats) {
				t.Fatalf("%d credits, repeats %+v, err %v; want %d, %+v", len(credits), repeats, err, tt.credits, tt.repeats)
			}
			// Without the option the same file is refused whole, with the hint.
			if _, err := ReadCredits(path); err == nil || !strings.Contains(err.Error(), "skipped with --skip-duplicates") {
				t.Fatalf("ReadCredits: err = %v", err)
			}
		})
	}
}

// TestCreditBatchesFillTheBlock: the relayer's batches (gas limits CreditBatchGas, no
// measure) come three to a block of the devnet's 100M gas, the last one's gas limit in what
// the first two leave, and the cap still cuts.
func TestCreditBatchesFillTheBlock(t *testing.T) {
	cs := make([]Credit, 10_000)
	for i := range cs {
		cs[i] = Credit{Amount: big.NewInt(1), RecordID: uint64(i + 1)}
	}
	for _, tc := range []struct {
		name string
		cap  int
		want int
	}{
		{"no cap", 0, 972},
		{"the relayer's default cap", DefaultCreditBatch, 972},
		// Six batches of 484 carry more than five of 500.
		{"a smaller cap", 500, 484},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bs, err := CreditBatches(1, cs, 100_000_000, tc.cap)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(bs[0]); got != tc.want {
				t.Fatalf("batches of %d credits, want %d", got, tc.want)
			}
			if n := uint64(len(bs[0])); 3*CreditBatchGas(int(n)) > 100_000_000 {
				t.Errorf("three batches of %d do not fit the block", n)
			}
		})
	}
}
