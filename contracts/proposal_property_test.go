package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/proposal"
)

// TestProposalPropertyCountsFromEvents runs seeded random sequences of supports and
// withdrawals by citizens and a stranger over three proposals, with time passing so that
// windows close mid-sequence. Refused calls must revert in simulation and change nothing.
// After each sequence, PER PROPOSAL, the state rebuilt from the events alone
// (services/proposal.Index, which the relayer and the command read) equals the contract:
// supporters = supports − withdrawals, the stage reached is the highest threshold the
// count ever reached, and each citizen's support flag is the last of its events.
func TestProposalPropertyCountsFromEvents(t *testing.T) {
	const sequences, steps = 3, 60
	succeeded := map[string]int{}
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newProposalWorld(t)
			rng := rand.New(rand.NewSource(seed))
			ids := []*big.Int{w.propose(), w.propose()}
			actors := append(append([]*account{}, w.citizens...), w.stray)
			peak := map[string]uint32{} // highest count each proposal reached
			for step := 0; step < steps; step++ {
				if step == steps/3 {
					ids = append(ids, w.propose()) // a later proposal, later window
				}
				id := ids[rng.Intn(len(ids))]
				a := actors[rng.Intn(len(actors))]
				var name string
				var err error
				switch r := rng.Intn(10); {
				case r < 6:
					name = "support"
					_, err = a.send(w.addr, w.abi, "support", id, w.proof(a))
				case r < 9:
					name = "withdraw"
					_, err = a.send(w.addr, w.abi, "withdraw", id)
				default:
					name = "wait"
					w.advance(time.Duration(50+rng.Intn(200)) * time.Second)
				}
				switch {
				case err == nil:
					succeeded[name]++
				case errors.Is(err, txsend.ErrWouldRevert):
					succeeded[name+" refused"]++
				default:
					t.Fatalf("step %d %s: %v", step, name, err)
				}
				if n := w.proposal(id).Backers; n > peak[id.String()] {
					peak[id.String()] = n
				}
			}
			w.checkRebuilt(ids, peak)
		})
	}
	t.Logf("operations: %v", succeeded)
	for _, op := range []string{"support", "withdraw", "support refused", "withdraw refused"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s in the random steps: the generator does not exercise it (%v)", op, succeeded)
		}
	}
}

func (w *proposalWorld) checkRebuilt(ids []*big.Int, peak map[string]uint32) {
	t := w.t
	t.Helper()
	logs, err := w.city.s.Backend().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{w.addr}})
	if err != nil {
		t.Fatal(err)
	}
	x := proposal.NewIndex()
	last := map[string]bool{} // proposal/citizen → supports after its last event
	supported, withdrawn := proposal.Topics()[2], proposal.Topics()[3]
	for _, l := range logs {
		if err := x.Apply(l); err != nil {
			t.Fatal(err)
		}
		if len(l.Topics) == 3 && (l.Topics[0] == supported || l.Topics[0] == withdrawn) {
			last[l.Topics[1].Big().String()+"/"+common.BytesToAddress(l.Topics[2].Bytes()).Hex()] = l.Topics[0] == supported
		}
	}
	now := w.city.now()
	for _, id := range ids {
		p := w.proposal(id)
		v, ok := x.At(id.Uint64(), now)
		if !ok {
			t.Fatalf("proposal %v not rebuilt", id)
		}
		if int(p.Backers) != v.Supports-v.Withdrawals || v.Supporters != p.Backers {
			t.Fatalf("proposal %v: contract %d supporters; events %d supports − %d withdrawals, last count %d", id, p.Backers, v.Supports, v.Withdrawals, v.Supporters)
		}
		wantStage := 0
		for i, th := range smallRules.Thresholds {
			if peak[id.String()] >= th {
				wantStage = i + 1
			}
		}
		if int(p.Stage) != wantStage || v.Stage != wantStage || len(v.Stages) != wantStage {
			t.Fatalf("proposal %v: stage %d on chain, %d (%d stages) from events; peak %d wants %d", id, p.Stage, v.Stage, len(v.Stages), peak[id.String()], wantStage)
		}
		for _, c := range append(append([]*account{}, w.citizens...), w.stray) {
			on := w.city.call(w.addr, w.abi, "hasSupported", id, c.addr())[0].(bool)
			if on != last[id.String()+"/"+c.addr().Hex()] {
				t.Fatalf("proposal %v, %s: contract says supports=%v, events say %v", id, c.addr().Hex(), on, !on)
			}
		}
	}
}
