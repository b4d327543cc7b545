package cli

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// krwDecimals: 1 token is 1 won.
const krwDecimals = 0

func krwCommand() *cli.Command {
	return &cli.Command{
		Name:  "krw",
		Usage: "the KRW settlement token: mint deposits, burn withdrawals, read balances",
		Description: `The KRW settlement token is a deposit token, 1 token = 1 won. The designated bank mints
it when won are deposited (once per deposit reference) and a holder burns it to withdraw
to a bank account. The token's address comes from the address book (--addresses FILE, or
--devnet DIR).

On chain: addresses, amounts, the bank's deposit code of each mint and the bank's
withdrawal code of each burn; never a bank account or a name. A pause stops every
transfer, mint and burn, and so every escrow movement.`,
		Subcommands: []*cli.Command{
			{
				Name:      "mint",
				Usage:     "mint tokens for a bank deposit (issuer role)",
				ArgsUsage: " ",
				Flags:     []cli.Flag{ToFlag, AmountFlag, BankRefFlag, AddressBookFlag, DryRunFlag},
				Description: `Mints --amount to --to for the deposit --ref. A deposit reference is minted once: running
the same command again finds the earlier mint, reports it and sends nothing, so a
script may retry it safely. The same reference with another recipient or amount is
refused.`,
				Action: krwMint,
			},
			{
				Name:      "burn",
				Usage:     "burn your tokens to withdraw won to a bank account",
				ArgsUsage: " ",
				Flags:     []cli.Flag{AmountFlag, WithdrawalRefFlag, AccountRefFlag, AddressBookFlag, DryRunFlag},
				Description: `Burns --amount for the bank to pay out against --ref, the withdrawal code the bank gave
you (its ticket for this payout, which it maps to your account in its own systems). The
code goes on chain in the Withdrawn event, visible to everyone forever; a bank account
number must not, so --account-ref is refused.`,
				Action: krwBurn,
			},
			{
				Name:      "balance",
				Usage:     "show an address's balance",
				ArgsUsage: "ADDRESS",
				Flags:     []cli.Flag{AddressBookFlag},
				Action:    krwBalance,
			},
		},
	}
}

// contractAddress finds name in the address book.
func contractAddress(c *cli.Context, g *globals, name string) (common.Address, error) {
	book, _, err := addressBook(c, g)
	if err != nil {
		return common.Address{}, err
	}
	addr, ok := book[name]
	if !ok {
		return common.Address{}, usagef("%s is not in the address book: deploy it with 'seoulchain contracts deploy %s'", name, name)
	}
	return addr, nil
}

func parseKRW(c *cli.Context) (*big.Int, error) {
	v, err := amount.Parse(c.String(AmountFlag.Name), krwDecimals)
	if err != nil {
		return nil, usagef("--amount: %w (whole won)", err)
	}
	if v.Sign() == 0 {
		return nil, usagef("--amount: must be more than 0")
	}
	return v, nil
}

func krwABI() *abi.ABI {
	a, err := krwtoken.KRWTokenMetaData.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("generated KRWToken ABI does not parse: %v", err)) // a build defect
	}
	return a
}

func krwMint(c *cli.Context) error {
	if err := exactArgs(c); err != nil {
		return err
	}
	to, err := genesis.ParseAddress(c.String(ToFlag.Name))
	if err != nil {
		return usagef("--to: %w", err)
	}
	amt, err := parseKRW(c)
	if err != nil {
		return err
	}
	ref := c.String(BankRefFlag.Name)
	if ref == "" {
		return usagef("--ref: the bank's deposit reference is required")
	}
	tc, token, err := openTxFor(c, deploy.KRWToken)
	if err != nil {
		return err
	}
	defer tc.close()
	prev, err := findDeposit(c.Context, tc.ec, token, to, ref)
	if err != nil {
		return err
	}
	if prev != nil {
		if prev.amount.Cmp(amt) != 0 || prev.to != to {
			return fmt.Errorf("deposit %q was already minted: %s won to %s in tx %s; this command asks for %s won to %s. Nothing sent",
				ref, amount.Format(prev.amount, krwDecimals), prev.to.Hex(), prev.tx.Hex(), amount.Format(amt, krwDecimals), to.Hex())
		}
		if tc.g.JSON {
			return printJSON(c.App.Writer, map[string]any{"alreadyMinted": true, "tx": prev.tx, "block": prev.block})
		}
		_, err := fmt.Fprintf(c.App.Writer, "Deposit %q was already minted (%s won to %s, tx %s, block %d). Nothing sent.\n",
			ref, amount.Format(amt, krwDecimals), to.Hex(), prev.tx.Hex(), prev.block)
		return err
	}
	data, err := krwABI().Pack("mint", to, amt, ref)
	if err != nil {
		return err
	}
	return sendOrSimulate(c, tc, token, data, fmt.Sprintf("mint %s won to %s for deposit %q", amount.Format(amt, krwDecimals), to.Hex(), ref))
}

type deposit struct {
	to     common.Address
	amount *big.Int
	tx     common.Hash
	block  uint64
}

// findDeposit looks for the Deposited event of ref. The reference is not an indexed
// topic, so it filters by recipient first; a reference minted to someone else is found
// through the contract's depositMinted and reported without its details.
func findDeposit(ctx context.Context, ec *ethclient.Client, token, to common.Address, ref string) (*deposit, error) {
	krw := krwABI()
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: mustPack(krw, "depositMinted", ref)}, nil)
	if err != nil {
		return nil, fmt.Errorf("read depositMinted(%q): %w", ref, err)
	}
	vals, err := krw.Unpack("depositMinted", out)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("read depositMinted(%q): %v", ref, err)
	}
	if minted := vals[0].(bool); !minted {
		return nil, nil
	}
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{token},
		Topics:    [][]common.Hash{{krw.Events["Deposited"].ID}, {common.BytesToHash(to.Bytes())}},
	})
	if err != nil {
		return nil, fmt.Errorf("search Deposited events: %w", err)
	}
	for i := range logs {
		ev, err := abidecode.DecodeLog(&logs[i], krw)
		if err != nil {
			continue
		}
		fields := map[string]string{}
		for _, f := range ev.Fields {
			fields[f.Name] = f.Value
		}
		if fields["bankReference"] == ref {
			amt, _ := new(big.Int).SetString(fields["amount"], 10)
			return &deposit{to: to, amount: amt, tx: ev.TxHash, block: ev.Block}, nil
		}
	}
	return nil, fmt.Errorf("deposit %q was already minted to an address other than %s; nothing sent", ref, to.Hex())
}

func mustPack(a *abi.ABI, method string, args ...any) []byte {
	data, err := a.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("pack %s: %v", method, err)) // argument types are fixed by the caller
	}
	return data
}

func krwBurn(c *cli.Context) error {
	if err := exactArgs(c); err != nil {
		return err
	}
	amt, err := parseKRW(c)
	if err != nil {
		return err
	}
	if c.IsSet(AccountRefFlag.Name) {
		return usagef("--account-ref is refused: a bank account must not go on chain, where everyone can read it forever; " +
			"ask your bank for a withdrawal code for this payout and pass it with --ref CODE. Nothing sent")
	}
	text := c.String(WithdrawalRefFlag.Name)
	ref, err := withdrawalRef(text)
	if err != nil {
		return usagef("--ref: %w. Nothing sent", err)
	}
	tc, token, err := openTxFor(c, deploy.KRWToken)
	if err != nil {
		return err
	}
	defer tc.close()
	return sendOrSimulate(c, tc, token, mustPack(krwABI(), "burn", amt, ref),
		fmt.Sprintf("burn %s won for the bank's withdrawal %q", amount.Format(amt, krwDecimals), text))
}

// withdrawalRef encodes the bank's withdrawal code as the contract's bytes32: its bytes,
// right-padded with zeros (as Solidity's bytes32("...") does).
func withdrawalRef(code string) ([32]byte, error) {
	var ref [32]byte
	switch {
	case code == "":
		return ref, errors.New("the bank's withdrawal code is required (the code the bank gave you for this payout, at most 32 bytes)")
	case len(code) > len(ref):
		return ref, fmt.Errorf("withdrawal code %q is %d bytes, at most %d fit on chain (ask the bank for its short code)", code, len(code), len(ref))
	}
	copy(ref[:], code)
	return ref, nil
}

func krwBalance(c *cli.Context) error {
	if err := exactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := genesis.ParseAddress(c.Args().First())
	if err != nil {
		return &UsageError{Err: err}
	}
	r, err := openReader(c, deploy.KRWToken)
	if err != nil {
		return err
	}
	defer r.close()
	g, ec, token := r.g, r.ec, r.addr
	out, err := ec.CallContract(c.Context, ethereum.CallMsg{To: &token, Data: mustPack(krwABI(), "balanceOf", who)}, nil)
	if err != nil {
		return fmt.Errorf("read balance of %s: %w", who, err)
	}
	vals, err := krwABI().Unpack("balanceOf", out)
	if err != nil {
		return fmt.Errorf("read balance of %s: %w (is %s the KRW token?)", who, err, token)
	}
	bal := vals[0].(*big.Int)
	if g.JSON {
		return printJSON(c.App.Writer, map[string]any{"address": who, "balance": bal.String(), "token": token})
	}
	_, err = fmt.Fprintf(c.App.Writer, "%s KRW\n", amount.Format(bal, krwDecimals))
	return err
}
