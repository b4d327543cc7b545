package krw

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
)

// Command is the krw command.
func Command() *cli.Command {
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
				Flags:     []cli.Flag{ToFlag, AmountFlag, BankRefFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
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
				Flags:     []cli.Flag{AmountFlag, WithdrawalRefFlag, AccountRefFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
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
				Flags:     []cli.Flag{cmdkit.AddressBookFlag},
				Action:    krwBalance,
			},
		},
	}
}

func parseKRW(c *cli.Context) (*big.Int, error) {
	v, err := amount.Parse(c.String(AmountFlag.Name), Decimals)
	if err != nil {
		return nil, cmdkit.Usagef("--amount: %w (whole won)", err)
	}
	if v.Sign() == 0 {
		return nil, cmdkit.Usagef("--amount: must be more than 0")
	}
	return v, nil
}

func krwMint(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	to, err := hexaddr.Parse(c.String(ToFlag.Name))
	if err != nil {
		return cmdkit.Usagef("--to: %w", err)
	}
	amt, err := parseKRW(c)
	if err != nil {
		return err
	}
	ref := c.String(BankRefFlag.Name)
	if ref == "" {
		return cmdkit.Usagef("--ref: the bank's deposit reference is required")
	}
	tc, token, err := cmdkit.OpenTxFor(c, deploy.KRWToken)
	if err != nil {
		return err
	}
	defer tc.Close()
	prev, err := FindDeposit(c.Context, tc.EC, token, to, ref)
	if err != nil {
		return err
	}
	if prev != nil {
		if prev.Amount.Cmp(amt) != 0 || prev.To != to {
			return fmt.Errorf("deposit %q was already minted: %s won to %s in tx %s; this command asks for %s won to %s. Nothing sent",
				ref, amount.Format(prev.Amount, Decimals), prev.To.Hex(), prev.Tx.Hex(), amount.Format(amt, Decimals), to.Hex())
		}
		if tc.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, map[string]any{"alreadyMinted": true, "tx": prev.Tx, "block": prev.Block})
		}
		_, err := fmt.Fprintf(c.App.Writer, "Deposit %q was already minted (%s won to %s, tx %s, block %d). Nothing sent.\n",
			ref, amount.Format(amt, Decimals), to.Hex(), prev.Tx.Hex(), prev.Block)
		return err
	}
	data, err := ABI().Pack("mint", to, amt, ref)
	if err != nil {
		return err
	}
	return cmdkit.SendOrSimulate(c, tc, token, data, fmt.Sprintf("mint %s won to %s for deposit %q", amount.Format(amt, Decimals), to.Hex(), ref))
}

func krwBurn(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	amt, err := parseKRW(c)
	if err != nil {
		return err
	}
	if c.IsSet(AccountRefFlag.Name) {
		return cmdkit.Usagef("--account-ref is refused: a bank account must not go on chain, where everyone can read it forever; " +
			"ask your bank for a withdrawal code for this payout and pass it with --ref CODE. Nothing sent")
	}
	text := c.String(WithdrawalRefFlag.Name)
	ref, err := WithdrawalRef(text)
	if err != nil {
		return cmdkit.Usagef("--ref: %w. Nothing sent", err)
	}
	tc, token, err := cmdkit.OpenTxFor(c, deploy.KRWToken)
	if err != nil {
		return err
	}
	defer tc.Close()
	return cmdkit.SendOrSimulate(c, tc, token, cmdkit.MustPack(ABI(), "burn", amt, ref),
		fmt.Sprintf("burn %s won for the bank's withdrawal %q", amount.Format(amt, Decimals), text))
}

func krwBalance(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := hexaddr.Parse(c.Args().First())
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	r, err := cmdkit.OpenReader(c, deploy.KRWToken)
	if err != nil {
		return err
	}
	defer r.Close()
	g, ec, token := r.G, r.EC, r.Addr
	out, err := ec.CallContract(c.Context, ethereum.CallMsg{To: &token, Data: cmdkit.MustPack(ABI(), "balanceOf", who)}, nil)
	if err != nil {
		return fmt.Errorf("read balance of %s: %w", who, err)
	}
	vals, err := ABI().Unpack("balanceOf", out)
	if err != nil {
		return fmt.Errorf("read balance of %s: %w (is %s the KRW token?)", who, err, token)
	}
	bal := vals[0].(*big.Int)
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"address": who, "balance": amount.Value{Units: bal, Decimals: Decimals}, "unit": "KRW", "token": token})
	}
	_, err = fmt.Fprintf(c.App.Writer, "%s KRW\n", amount.Format(bal, Decimals))
	return err
}
