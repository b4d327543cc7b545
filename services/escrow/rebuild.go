package escrow

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
)

// Contract states, as the escrow numbers them.
const (
	StatusProposed  = 1
	StatusActive    = 2
	StatusCancelled = 3

	MilestonePending  = 0
	MilestoneFunded   = 1
	MilestoneApproved = 2
)

// History is one contract as its events tell it.
type History struct {
	ID       uint64
	Client   common.Address
	Prime    common.Address
	Status   uint8
	Payees   []common.Address
	Amounts  []*big.Int   // per milestone
	Shares   [][]*big.Int // per milestone, per payee
	States   []uint8      // per milestone
	Paid     map[common.Address]*big.Int
	Held     map[[2]uint64]*big.Int // (milestone, payee index) -> amount on hold
	Funded   *big.Int
	Released *big.Int
	Returned *big.Int
}

// Rebuild replays the escrow's logs, in chain order, into each contract's history. It
// needs nothing but the logs: that is the escrow's promise that its events tell everything.
func Rebuild(logs []types.Log) (map[uint64]*History, error) {
	f, err := subcontractescrow.NewSubcontractEscrowFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	a, err := subcontractescrow.SubcontractEscrowMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	out := map[uint64]*History{}
	get := func(id *big.Int) (*History, error) {
		h, ok := out[id.Uint64()]
		if !ok {
			return nil, fmt.Errorf("event for contract %s before its ProjectRegistered", id)
		}
		return h, nil
	}
	index := func(h *History, payee common.Address) uint64 {
		for i, p := range h.Payees {
			if p == payee {
				return uint64(i)
			}
		}
		return ^uint64(0)
	}
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue // not an escrow event (a token Transfer in the same receipt, say)
		}
		var h *History
		switch ev.Name {
		case "ProjectRegistered":
			e, err := f.ParseProjectRegistered(l)
			if err != nil {
				return nil, err
			}
			out[e.Id.Uint64()] = &History{ID: e.Id.Uint64(), Client: e.Client, Prime: e.Prime, Status: StatusProposed, Payees: e.Payees,
				Paid: map[common.Address]*big.Int{}, Held: map[[2]uint64]*big.Int{}, Funded: new(big.Int), Released: new(big.Int), Returned: new(big.Int)}
		case "MilestonePlanned":
			e, err := f.ParseMilestonePlanned(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			m := int(e.Milestone.Int64())
			if m == 0 { // a plan is always emitted whole, from milestone 0
				h.Amounts, h.Shares = nil, nil
			}
			h.Amounts = append(h.Amounts, e.Amount)
			h.Shares = append(h.Shares, e.Shares)
			// An amendment re-emits the whole plan; milestones it keeps keep their state.
			for len(h.States) < len(h.Amounts) {
				h.States = append(h.States, MilestonePending)
			}
		case "PlanAccepted":
			e, err := f.ParsePlanAccepted(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			h.Status = StatusActive
		case "MilestoneFunded":
			e, err := f.ParseMilestoneFunded(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			h.States[e.Milestone.Int64()] = MilestoneFunded
			h.Funded.Add(h.Funded, e.Amount)
		case "MilestoneApproved":
			e, err := f.ParseMilestoneApproved(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			h.States[e.Milestone.Int64()] = MilestoneApproved
		case "PaymentReleased":
			e, err := f.ParsePaymentReleased(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			if h.Paid[e.Payee] == nil {
				h.Paid[e.Payee] = new(big.Int)
			}
			h.Paid[e.Payee].Add(h.Paid[e.Payee], e.Amount)
			h.Released.Add(h.Released, e.Amount)
		case "ShareHeld":
			e, err := f.ParseShareHeld(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			h.Held[[2]uint64{e.Milestone.Uint64(), index(h, e.Payee)}] = e.Amount
		case "HoldResolved":
			e, err := f.ParseHoldResolved(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			delete(h.Held, [2]uint64{e.Milestone.Uint64(), index(h, e.Payee)})
			if !e.ToPayee { // a release to the payee also emits PaymentReleased
				h.Returned.Add(h.Returned, e.Amount)
			}
		case "ClientChanged":
			e, err := f.ParseClientChanged(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			h.Client = e.To
		case "ProjectCancelled":
			e, err := f.ParseProjectCancelled(l)
			if err != nil {
				return nil, err
			}
			if h, err = get(e.Id); err != nil {
				return nil, err
			}
			h.Status = StatusCancelled
			h.Returned.Add(h.Returned, e.Returned)
		}
	}
	// An amendment may drop pending milestones from the end; their states go with them.
	for _, h := range out {
		if len(h.States) > len(h.Amounts) {
			h.States = h.States[:len(h.Amounts)]
		}
	}
	return out, nil
}
