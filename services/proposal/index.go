package proposal

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/internal/logpage"
)

// Stages are the contract's stages, 1-based: what a stage obliges the city to do.
var Stages = [3]string{"department", "deliberation", "mayor"}

// StageName is stage s's name ("none" for 0).
func StageName(s int) string {
	if s < 1 || s > len(Stages) {
		return "none"
	}
	return Stages[s-1]
}

// StageView is one reached stage of a proposal.
type StageView struct {
	Stage      int             `json:"stage"`
	Name       string          `json:"name"`
	Supporters uint32          `json:"supportersWhenReached"`
	Deadline   uint64          `json:"deadline"`
	Answered   bool            `json:"answered"`
	Late       bool            `json:"late,omitempty"`
	AnswerHash *common.Hash    `json:"answerHash,omitempty"`
	Answer     string          `json:"answer,omitempty"`
	By         *common.Address `json:"by,omitempty"`
	Overdue    bool            `json:"overdue"`
}

// View is a proposal as its events tell it.
type View struct {
	ID          uint64         `json:"id"`
	Author      common.Address `json:"author"`
	Category    uint16         `json:"category"`
	TitleHash   common.Hash    `json:"titleHash"`
	TextHash    common.Hash    `json:"textHash"`
	Title       string         `json:"title,omitempty"`
	Text        string         `json:"text,omitempty"`
	ClosesAt    uint64         `json:"closesAt"`
	Supporters  uint32         `json:"supporters"`
	Supports    int            `json:"supports"`    // Supported events
	Withdrawals int            `json:"withdrawals"` // SupportWithdrawn events
	Stage       int            `json:"stage"`
	StageName   string         `json:"stageName"`
	Stages      []StageView    `json:"stages"`
	Overdue     bool           `json:"overdue"`
	Election    uint64         `json:"election,omitempty"`
	ByOverride  bool           `json:"promotedByOverride,omitempty"`
}

// Index is every proposal rebuilt from the contract's events, applied in chain order.
type Index struct {
	f         *citizenproposals.CitizenProposalsFilterer
	proposals map[uint64]*View
	// own are the proposals this index may change in place; the others it shares with the
	// index it was synced from (Synced), and copies on their first change (mine). nil: all
	// its own.
	own      map[uint64]bool
	next     uint64      // the next block Sync reads
	lastHash common.Hash // the hash of block next-1 when it was read
	resets   int         // rebuilds after a reorganisation, for tests and logs
}

// NewIndex is an empty index.
func NewIndex() *Index {
	f, _ := citizenproposals.NewCitizenProposalsFilterer(common.Address{}, nil) // no backend needed to parse
	return &Index{f: f, proposals: map[uint64]*View{}}
}

// Apply adds one of the contract's logs; logs of other events are ignored.
func (x *Index) Apply(l types.Log) error {
	if len(l.Topics) == 0 {
		return nil
	}
	switch l.Topics[0] {
	case topic("ProposalCreated"):
		ev, err := x.f.ParseProposalCreated(l)
		if err != nil {
			return err
		}
		id := ev.Id.Uint64()
		x.proposals[id] = &View{ID: id, Author: ev.Author, Category: ev.Category, TitleHash: ev.TitleHash, TextHash: ev.TextHash,
			ClosesAt: ev.ClosesAt, Stages: []StageView{}}
		if x.own != nil {
			x.own[id] = true
		}
	case topic("ProposalText"):
		ev, err := x.f.ParseProposalText(l)
		if err != nil {
			return err
		}
		if v := x.mine(ev.Id.Uint64()); v != nil {
			v.Title, v.Text = ev.Title, ev.Text
		}
	case topic("Supported"):
		ev, err := x.f.ParseSupported(l)
		if err != nil {
			return err
		}
		if v := x.mine(ev.Id.Uint64()); v != nil {
			v.Supports++
			v.Supporters = ev.Backers
		}
	case topic("SupportWithdrawn"):
		ev, err := x.f.ParseSupportWithdrawn(l)
		if err != nil {
			return err
		}
		if v := x.mine(ev.Id.Uint64()); v != nil {
			v.Withdrawals++
			v.Supporters = ev.Backers
		}
	case topic("StageReached"):
		ev, err := x.f.ParseStageReached(l)
		if err != nil {
			return err
		}
		if v := x.mine(ev.Id.Uint64()); v != nil {
			v.Stage = int(ev.Stage)
			v.Stages = append(v.Stages, StageView{Stage: int(ev.Stage), Name: StageName(int(ev.Stage)), Supporters: ev.Backers, Deadline: ev.Deadline})
		}
	case topic("Answered"):
		ev, err := x.f.ParseAnswered(l)
		if err != nil {
			return err
		}
		if v := x.mine(ev.Id.Uint64()); v != nil && int(ev.Stage) <= len(v.Stages) {
			s := &v.Stages[ev.Stage-1]
			by, h := ev.By, common.Hash(ev.AnswerHash)
			s.Answered, s.Late, s.AnswerHash, s.Answer, s.By = true, ev.Late, &h, ev.Text, &by
		}
	case topic("Promoted"):
		ev, err := x.f.ParsePromoted(l)
		if err != nil {
			return err
		}
		if v := x.mine(ev.Id.Uint64()); v != nil {
			v.Election, v.ByOverride = ev.Election.Uint64(), ev.ByOverride
		}
	}
	return nil
}

// mine is proposal id (nil: none) for an event to change: its own copy when x shares it
// with the index it was synced from, which keeps it as it was.
func (x *Index) mine(id uint64) *View {
	v := x.proposals[id]
	if v == nil || x.own == nil || x.own[id] {
		return v
	}
	c := *v
	c.Stages = append([]StageView{}, v.Stages...)
	x.proposals[id], x.own[id] = &c, true
	return &c
}

// At returns a copy of proposal id with its overdue flags as of now (unix seconds).
func (x *Index) At(id uint64, now uint64) (View, bool) {
	v, ok := x.proposals[id]
	if !ok {
		return View{}, false
	}
	return v.at(now), true
}

// All returns copies of every proposal as of now, by ID.
func (x *Index) All(now uint64) []View {
	out := make([]View, 0, len(x.proposals))
	for _, v := range x.proposals {
		out = append(out, v.at(now))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Len is the number of proposals.
func (x *Index) Len() int { return len(x.proposals) }

func (v *View) at(now uint64) View {
	c := *v
	c.StageName = StageName(c.Stage)
	c.Stages = append([]StageView(nil), v.Stages...)
	c.Overdue = false
	for i := range c.Stages {
		s := &c.Stages[i]
		// As the contract's overdue(): unanswered after the deadline's second.
		s.Overdue = !s.Answered && now > s.Deadline
		c.Overdue = c.Overdue || s.Overdue
	}
	return c
}

// Open reports whether supports are still counted at now.
func (v View) Open(now uint64) bool { return now < v.ClosesAt }

var eventIDs = func() map[string]common.Hash {
	a, err := citizenproposals.CitizenProposalsMetaData.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("generated ABI does not parse: %v", err))
	}
	out := map[string]common.Hash{}
	for name, ev := range a.Events {
		out[name] = ev.ID
	}
	return out
}()

func topic(event string) common.Hash { return eventIDs[event] }

// Topics are the events the index reads, for a log filter.
func Topics() []common.Hash {
	var out []common.Hash
	for _, e := range []string{"ProposalCreated", "ProposalText", "Supported", "SupportWithdrawn", "StageReached", "Answered", "Promoted"} {
		out = append(out, topic(e))
	}
	return out
}

// When formats a unix time in Seoul time for people.
func When(t uint64) string {
	return time.Unix(int64(t), 0).In(kst).Format("2006-01-02 15:04 KST")
}

// kst is Seoul's time, in which the city's deadlines are announced.
var kst = time.FixedZone("KST", 9*60*60)

// LogReader is what Sync needs of a node.
type LogReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// logPage is the first range of blocks per eth_getLogs (halved on a node's refusal, as
// logpage does), as the relayer's event replay reads.
const logPage = 5_000

// Sync applies the contract's events since the last Sync (from the first block the first
// time) up to the head, and returns the head, whose time is "now" for the overdue flags.
// On an error the index is as it was (see Synced).
func (x *Index) Sync(ctx context.Context, r LogReader, contract common.Address) (*types.Header, error) {
	y, head, err := x.Synced(ctx, r, contract)
	if err != nil {
		return nil, err
	}
	*x = *y
	return head, nil
}

// Synced is x with the contract's events since the last Sync applied, up to the head, and
// the head; x itself is not changed (the result shares the proposals no event changed),
// so a reader of x (the relayer's routes) keeps whole, older proposals while a read fails
// or goes on. Each page of logs is applied as it is read, into the new index, private
// until returned: a read or a log that fails leaves x as it was, and nothing of the new
// one is seen; the next Synced reads the same blocks again. Memory holds a page of logs at
// a time, never every log since the first block (a million supports at a start or a
// rebuild).
//
// Clique's out-of-turn signers can replace the last blocks: when the block read last is no
// longer the chain's, the index is rebuilt from the first block into a new Index, so that
// no event of a replaced block is counted (a count would then exceed the contract's).
func (x *Index) Synced(ctx context.Context, r LogReader, contract common.Address) (*Index, *types.Header, error) {
	head, err := r.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read the head: %w", err)
	}
	y, shared := *x, true // x's proposals, copied when an event comes (the map; a view on its first change)
	if x.next > 0 {
		var h *types.Header
		if x.next-1 <= head.Number.Uint64() {
			if h, err = r.HeaderByNumber(ctx, new(big.Int).SetUint64(x.next-1)); err != nil {
				return nil, nil, fmt.Errorf("read block %d: %w", x.next-1, err)
			}
		}
		if h == nil || h.Hash() != x.lastHash {
			y, shared = Index{f: x.f, proposals: map[uint64]*View{}, resets: x.resets + 1}, false
		}
	}
	last := head.Number.Uint64()
	if y.next <= last {
		q := ethereum.FilterQuery{Addresses: []common.Address{contract}, Topics: [][]common.Hash{Topics()}}
		err := logpage.New(r, logPage, nil).Forward(ctx, q, y.next, last, "the proposals' events", func(page []types.Log) error {
			for _, l := range page {
				if shared { // x's stay as they were
					y.proposals, y.own, shared = maps.Clone(x.proposals), map[uint64]bool{}, false
				}
				if err := y.Apply(l); err != nil {
					return fmt.Errorf("proposal event in block %d: %w", l.BlockNumber, err)
				}
			}
			return nil
		})
		if err != nil {
			if lost := new(logpage.PrunedError); errors.As(err, &lost) {
				return nil, nil, fmt.Errorf("the proposals are rebuilt from all their contract's events: %w; read them from a node that keeps every block's logs (an archive node, not one whose history was pruned)", err)
			}
			return nil, nil, err
		}
		y.next = last + 1
	}
	// The logs were read up to the head read first; if that block was replaced meanwhile,
	// its hash differs at the next Sync, which rebuilds.
	y.lastHash = head.Hash()
	return &y, head, nil
}
