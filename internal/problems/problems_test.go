package problems

import (
	"errors"
	"testing"
)

func TestListReportsEveryProblemWithItsPlace(t *testing.T) {
	kind := errors.New("plan has problems")
	l := &List{File: "plan.csv", Kind: kind}
	if l.Err() != nil {
		t.Fatal("an empty list is an error")
	}
	l.Add("line 2", "bad amount %q", "x")
	l.Add("line 7 payee", "duplicate")
	err := l.Err()
	want := "plan.csv: 2 problem(s), nothing sent:\n  line 2: bad amount \"x\"\n  line 7 payee: duplicate"
	if err == nil || err.Error() != want || !errors.Is(err, kind) {
		t.Fatalf("err = %v\nwant %s (unwrapping to the kind)", err, want)
	}
	l.Outcome = "nothing written"
	if got := l.Err().Error(); got[:40] != "plan.csv: 2 problem(s), nothing written:" {
		t.Fatalf("outcome not used: %s", got)
	}
}
