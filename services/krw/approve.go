package krw

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// Read calls a KRW token view that returns one number (balanceOf, allowance).
func Read(ctx context.Context, c ethereum.ContractCaller, token common.Address, method string, args ...any) (*big.Int, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &token, Data: cmdkit.MustPack(ABI(), method, args...)}, nil)
	if err != nil {
		return nil, fmt.Errorf("read KRW %s: %w", method, err)
	}
	v, err := ABI().Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("read KRW %s: %w", method, err)
	}
	return v[0].(*big.Int), nil
}

// ApproveShort readies a spend of need KRW of the sending key by spender, a contract that
// takes it with transferFrom (a deposit, a fund's payment in, an escrow's milestone).
// First, when short is not nil, the key must hold need: else short(held) is the command's
// own refusal, and nothing is sent. Then, when spender's allowance is short of need, the
// key approves need, its line "allow NAME to take N KRW" (simulated only, with --dry-run).
// approved says an approval was sent or simulated: with --dry-run the spend itself would
// be refused for the allowance it does not have yet, so a command says so rather than
// simulate it.
func ApproveShort(c *cli.Context, tx *cmdkit.Tx, spender common.Address, name string, need *big.Int, short func(held *big.Int) error) (approved bool, err error) {
	token, err := cmdkit.ContractAddress(c, tx.G, deploy.KRWToken)
	if err != nil {
		return false, err
	}
	me := tx.Sender.From()
	if short != nil {
		held, err := Read(c.Context, tx.EC, token, "balanceOf", me)
		if err != nil {
			return false, err
		}
		if held.Cmp(need) < 0 {
			return false, short(held)
		}
	}
	allowed, err := Read(c.Context, tx.EC, token, "allowance", me, spender)
	if err != nil || allowed.Cmp(need) >= 0 {
		return false, err
	}
	return true, cmdkit.SendOrSimulate(c, tx, token, cmdkit.MustPack(ABI(), "approve", spender, need),
		fmt.Sprintf("allow %s to take %s KRW", name, amount.Format(need, Decimals)))
}
