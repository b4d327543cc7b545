package voting

import (
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// kst is Seoul's time, in which the city's elections are announced.
var kst = time.FixedZone("KST", 9*60*60)

// window is an election's voting window for people, in KST: "2026-12-01 09:00 → 12-04
// 09:00 KST", the end shortened to what differs from the start's year.
func window(start, end uint64) string {
	s, e := time.Unix(int64(start), 0).In(kst), time.Unix(int64(end), 0).In(kst)
	endLayout := "2006-01-02 15:04"
	switch {
	case s.Year() == e.Year() && s.YearDay() == e.YearDay():
		endLayout = "15:04"
	case s.Year() == e.Year():
		endLayout = "01-02 15:04"
	}
	return fmt.Sprintf("%s → %s KST", s.Format("2006-01-02 15:04"), e.Format(endLayout))
}

// sealedResult is where a secret election stands after its end, step by step: the
// trustees' partial decryptions of the option sums, then the posted result, which the
// contract checks against them. No single ballot is ever decrypted, so until the result is
// posted there is no count to show; after, the posted counts.
type sealedResult struct {
	Ended        bool       `json:"ended"`
	Decryptions  int        `json:"decryptions"`
	Needed       int        `json:"needed"`
	ResultPosted bool       `json:"resultPosted"`
	PostedCounts []*big.Int `json:"postedCounts,omitempty"`
}

// postedCounts are the counts of the election's ResultPosted event, if any.
func postedCounts(el *electionInfo, contract common.Address) []*big.Int {
	f, _ := mvoting.NewMVotingFilterer(contract, nil)
	for _, l := range el.logs {
		if ev, err := f.ParseResultPosted(l); err == nil {
			return ev.Counts
		}
	}
	return nil
}

func readSealed(el *electionInfo, contract common.Address, state mvoting.MVotingElection, now uint64) sealedResult {
	return sealedResult{
		Ended:        now >= el.End,
		Decryptions:  int(state.Decrypted),
		Needed:       int(state.Threshold),
		ResultPosted: state.ResultPosted,
		PostedCounts: postedCounts(el, contract),
	}
}

// count is what the COUNT column shows for option i of a secret election.
func (r sealedResult) count(i int) string {
	switch {
	case r.ResultPosted && i < len(r.PostedCounts):
		return r.PostedCounts[i].String()
	case !r.Ended:
		return "sealed until the end"
	case r.Decryptions < r.Needed:
		return fmt.Sprintf("sealed: %d of %d decryptions", r.Decryptions, r.Needed)
	}
	return "not posted yet"
}

// next is the line that says where the election stands and what comes next.
func (r sealedResult) next(el *electionInfo) string {
	id := el.ID
	switch {
	case !r.Ended:
		return ""
	case r.ResultPosted:
		return fmt.Sprintf("posted and checked by the contract (the counts below); anyone recounts from the events with 'vote tally --verify %d'", id)
	case r.Decryptions >= r.Needed:
		return fmt.Sprintf("%s in, result not posted yet: the election admin posts with 'vote tally --post %d'",
			outcome.Plural(r.Decryptions, "trustee decryption", "trustee decryptions"), id)
	}
	return fmt.Sprintf("%s posted, %d needed (trustees: 'vote trustee decrypt %d')",
		outcome.Plural(r.Decryptions, "trustee decryption", "trustee decryptions"), r.Needed, id)
}

// percentOfBps says basis points as a percent with two decimals, exactly (3333: "33.33%"),
// never through a float.
func percentOfBps(bps *big.Int) string {
	return decimal.NewFromBigInt(bps, -2).StringFixed(2) + "%"
}

// QuorumBps is a --quorum percent in basis points, as MVoting takes it. The flag's float
// is read back as the decimal it was written as (0.29, not 0.28999...), so that 0.29 is 29
// basis points, not the 28 of uint16(0.29*100); a finer percent is refused, not rounded.
// NaN and ±Inf, which the flag parses, are refused before decimal (which panics on them).
func QuorumBps(percent float64) (uint16, error) {
	if math.IsNaN(percent) || math.IsInf(percent, 0) {
		return 0, cmdkit.Usagef("--quorum %v: not a finite number; want a percent of the roll from 0 to 100, to two decimals at most (33.33)", percent)
	}
	bps := decimal.NewFromFloat(percent).Shift(2)
	if bps.IsNegative() || bps.GreaterThan(decimal.NewFromInt(10_000)) || !bps.IsInteger() {
		return 0, cmdkit.Usagef("--quorum %s: want a percent of the roll from 0 to 100, to two decimals at most (33.33)", decimal.NewFromFloat(percent))
	}
	return uint16(bps.IntPart()), nil
}
