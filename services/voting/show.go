package voting

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/mvoting"
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

// sealedResult is where a secret election stands after its end, step by step: shares
// revealed, key published, result posted. Its ballots are counted only from the published
// key, so until the result is posted there is no count to show; after, the posted counts.
type sealedResult struct {
	Ended          bool       `json:"ended"`
	SharesRevealed int        `json:"sharesRevealed"`
	KeyPublished   bool       `json:"keyPublished"`
	ResultPosted   bool       `json:"resultPosted"`
	PostedCounts   []*big.Int `json:"postedCounts,omitempty"`
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
		Ended:          now >= el.End,
		SharesRevealed: len(revealedShares(el, contract)),
		KeyPublished:   state.PrivateKey != nil && state.PrivateKey.Sign() != 0,
		ResultPosted:   state.ResultPosted,
		PostedCounts:   postedCounts(el, contract),
	}
}

// count is what the COUNT column shows for option i of a secret election.
func (r sealedResult) count(i int) string {
	switch {
	case r.ResultPosted && i < len(r.PostedCounts):
		return r.PostedCounts[i].String()
	case !r.Ended:
		return "sealed until the end"
	case !r.KeyPublished:
		return "sealed: key not published"
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
		return fmt.Sprintf("posted (the counts below); check them against the ballots with 'vote tally --verify %d'", id)
	case r.KeyPublished:
		return fmt.Sprintf("key published, result not posted yet: anyone counts with 'vote tally %d', the election admin posts with 'vote tally --post %d'", id, id)
	}
	return fmt.Sprintf("key not published: %s revealed, %d needed (trustees: 'vote trustee submit-share %d'; then anyone: 'vote publish-key %d')",
		outcome.Plural(r.SharesRevealed, "trustee share", "trustee shares"), el.Threshold, id, id)
}
