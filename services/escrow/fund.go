package escrow

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/krw"
)

// checkFund checks everything the escrow's fund(id, m) requires of the sender, the
// contract and the KRW token, and returns the milestone's amount. Fund takes two
// transactions when the allowance is short (approve, then fund): checking only what the
// first needs left the allowance sent and the fund refused, so every refusal is found here,
// before either, and says "nothing sent".
func checkFund(c *cli.Context, tc *cmdkit.Tx, view *subcontractescrow.SubcontractEscrow, token common.Address, id, m *big.Int) (*big.Int, error) {
	from := tc.Sender.From()
	opts := &bind.CallOpts{Context: c.Context}
	ms, err := view.MilestonesOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read milestones of contract %s: %w", id, err)
	}
	if !m.IsInt64() || m.Int64() >= int64(len(ms.Amounts)) {
		return nil, cmdkit.Usagef("contract %s has milestones 0 to %d, not %s", id, len(ms.Amounts)-1, m)
	}
	mi := int(m.Int64())
	pr, err := view.ProjectOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read contract %s: %w", id, err)
	}
	refuse := func(format string, args ...any) error {
		return fmt.Errorf("cannot fund contract %s milestone %s: %s; nothing sent", id, m, fmt.Sprintf(format, args...))
	}
	if pr.Status != 2 {
		return nil, refuse("the contract is %s, not active (a proposed plan must first be accepted by the prime: escrow accept %s)", projectStatus[pr.Status], id)
	}
	if from != pr.Client {
		return nil, refuse("only its client %s funds it, not %s", pr.Client.Hex(), from.Hex())
	}
	role, err := view.CLIENTROLE(opts)
	if err != nil {
		return nil, fmt.Errorf("read the client role: %w", err)
	}
	if ok, err := view.HasRole(opts, role, pr.Client); err != nil {
		return nil, fmt.Errorf("read the client role of %s: %w", pr.Client.Hex(), err)
	} else if !ok {
		return nil, refuse("the client %s no longer holds the client role (an admin moves the contract: escrow client change %s NEW_CLIENT)", pr.Client.Hex(), id)
	}
	if st := ms.States[mi]; st != 0 {
		return nil, refuse("the milestone is already %s", milestoneStatus[st])
	}
	a, err := view.AmendmentOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read the amendment of contract %s: %w", id, err)
	}
	if a.Pending {
		shares, err := view.SharesOf(opts, id)
		if err != nil {
			return nil, fmt.Errorf("read shares of contract %s: %w", id, err)
		}
		if milestoneChanges(mi, ms.Amounts, shares, a.MilestoneAmounts, a.Shares) {
			return nil, refuse("pending amendment #%d changes it; approve or reject the amendment first (escrow amend show %s)", a.Nonce, id)
		}
	}
	need := ms.Amounts[mi]
	k, err := krwtoken.NewKRWTokenCaller(token, tc.EC)
	if err != nil {
		return nil, err
	}
	if paused, err := k.Paused(opts); err != nil {
		return nil, fmt.Errorf("read whether KRW is paused: %w", err)
	} else if paused {
		return nil, refuse("KRW transfers are paused (the KRW token's pauser must unpause it)")
	}
	bal, err := k.BalanceOf(opts, from)
	if err != nil {
		return nil, fmt.Errorf("read the KRW balance of %s: %w", from.Hex(), err)
	}
	if bal.Cmp(need) < 0 {
		return nil, refuse("it needs %s KRW and %s holds %s", amount.Format(need, krw.Decimals), from.Hex(), amount.Format(bal, krw.Decimals))
	}
	return need, nil
}

// milestoneChanges is the escrow's _changes: whether the plan (amounts, shares) drops
// milestone m or changes its amount or split, against the plan in force (curAmounts,
// curShares).
func milestoneChanges(m int, curAmounts, curShares, amounts, shares []*big.Int) bool {
	if m >= len(amounts) || amounts[m].Cmp(curAmounts[m]) != 0 {
		return true
	}
	P := len(curShares) / len(curAmounts)
	for p := 0; p < P; p++ {
		if shares[m*P+p].Cmp(curShares[m*P+p]) != 0 {
			return true
		}
	}
	return false
}
