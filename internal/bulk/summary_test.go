package bulk

import (
	"testing"
	"time"
)

// TestSummaryWording: one record reads "1 credit", one transaction "1 transaction", and a
// run slower than one record a second does not claim "0 credits/s".
func TestSummaryWording(t *testing.T) {
	for _, tc := range []struct {
		r    Result
		want string
	}{
		{Result{Records: 1, Sent: 1, Batches: 1, GasUsed: 143057, Elapsed: 2770 * time.Millisecond},
			"1 credit: 1 sent, 0 skipped as already done, 0 failed; 143057 gas in 1 transaction; 2.77s (0.4 credits/s)\n"},
		{Result{Records: 3000, Sent: 3000, Batches: 4, GasUsed: 9, Elapsed: 2 * time.Second},
			"3000 credits: 3000 sent, 0 skipped as already done, 0 failed; 9 gas in 4 transactions; 2s (1500 credits/s)\n"},
		{Result{Records: 2, Sent: 1, Failed: []Failure{{ID: "7", Reason: "reverted"}}, Batches: 1, GasUsed: 9, Elapsed: 2 * time.Second, Nodes: &NodeCount{To: 3, Of: 4}},
			"2 credits: 1 sent, 0 skipped as already done, 1 failed; 9 gas in 1 transaction; 2s (1.0 credits/s)\n  failed 7: reverted\nBatches went to 3 of 4 nodes (1 did not answer).\n"},
	} {
		if got := tc.r.Summary("credit", "credits"); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}
