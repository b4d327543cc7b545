package cmdkit

import (
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnetinfo"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// Reader is what a read-only command needs: the globals, a node, and one contract's address.
type Reader struct {
	G     *Globals
	EC    *ethclient.Client
	Addr  common.Address
	Close func()
}

// OpenReader resolves the globals, looks up the contract named in the address book, and
// dials; the caller must call Close.
func OpenReader(c *cli.Context, contract string) (*Reader, error) {
	g, err := ReadGlobals(c)
	if err != nil {
		return nil, err
	}
	addr, err := ContractAddress(c, g, contract)
	if err != nil {
		return nil, err
	}
	rc, ec, err := g.Dial(c.Context)
	if err != nil {
		return nil, err
	}
	return &Reader{G: g, EC: ec, Addr: addr, Close: rc.Close}, nil
}

// Tx is what a command that sends needs: a sender and, when opened for a contract, its
// address (To) and ABI.
type Tx struct {
	G      *Globals
	RC     *rpc.Client
	EC     *ethclient.Client
	Sender *txsend.Sender
	Key    *keystore.Key // unlocked once, for commands that also decrypt with it
	Log    *slog.Logger
	To     common.Address
	ABI    *abi.ABI
	Close  func()
}

// OpenTx resolves globals, unlocks the key and dials. Arguments are validated by the
// caller before this, so bad input never costs a password prompt.
func OpenTx(c *cli.Context) (*Tx, error) {
	log, err := SetupLogging(c, "warn")
	if err != nil {
		return nil, err
	}
	g, err := ReadGlobals(c)
	if err != nil {
		return nil, err
	}
	key, err := g.LoadKey()
	if err != nil {
		return nil, err
	}
	rc, ec, err := g.Dial(c.Context)
	if err != nil {
		return nil, err
	}
	abis, err := deploy.ABIs()
	if err != nil {
		rc.Close()
		return nil, err
	}
	sender, err := txsend.New(c.Context, ec, key.PrivateKey, log, abis...)
	if err != nil {
		rc.Close()
		return nil, err
	}
	return &Tx{G: g, RC: rc, EC: ec, Sender: sender, Key: key, Log: log, Close: rc.Close}, nil
}

// OpenTxFor opens a sender and looks up the contract named in the address book.
func OpenTxFor(c *cli.Context, contract string) (*Tx, common.Address, error) {
	tc, err := OpenTx(c)
	if err != nil {
		return nil, common.Address{}, err
	}
	addr, err := ContractAddress(c, tc.G, contract)
	if err != nil {
		tc.Close()
		return nil, common.Address{}, err
	}
	if book, _, err := AddressBook(c, tc.G); err == nil {
		tc.Sender.SetBook(deploy.ABIBook(book))
	}
	tc.To = addr
	return tc, addr, nil
}

// With is the shape of every sending command once its arguments are parsed: open a sender
// for contract (its name in the address book; a its ABI), run fn (which may read first and
// report work already done), close.
func With(c *cli.Context, contract string, a *abi.ABI, fn func(tx *Tx) error) error {
	tx, _, err := OpenTxFor(c, contract)
	if err != nil {
		return err
	}
	defer tx.Close()
	tx.ABI = a
	return fn(tx)
}

// Send opens a sender for contract and sends method(args...) by SendOrSimulate; action
// names the operation in the imperative ("cancel the move of 0x…'s points").
func Send(c *cli.Context, contract string, a *abi.ABI, action, method string, args ...any) error {
	return With(c, contract, a, func(tx *Tx) error { return tx.Send(c, action, method, args...) })
}

// Send sends method(args...) to the contract the Tx was opened for by SendOrSimulate.
func (tx *Tx) Send(c *cli.Context, action, method string, args ...any) error {
	return SendOrSimulate(c, tx, tx.To, MustPack(tx.ABI, method, args...), action)
}

// NothingSent reports work found already done; a script retrying a command gets exit 0.
func (tx *Tx) NothingSent(c *cli.Context, what string, fields map[string]any) error {
	return NothingSent(c, tx.G, what, fields)
}

// ContractAddress finds name in the address book.
func ContractAddress(c *cli.Context, g *Globals, name string) (common.Address, error) {
	book, _, err := AddressBook(c, g)
	if err != nil {
		return common.Address{}, err
	}
	addr, ok := book[name]
	if !ok {
		return common.Address{}, Usagef("%s is not in the address book: deploy it with 'seoulchain contracts deploy %s'", name, name)
	}
	return addr, nil
}

// AddressBook returns the book's contents and a function that records new contents.
func AddressBook(c *cli.Context, g *Globals) (deploy.Addresses, func(deploy.Addresses) error, error) {
	if path := c.String(AddressBookFlag.Name); path != "" {
		a, err := deploy.ReadBook(path)
		if err != nil {
			return nil, nil, err
		}
		return a, func(a deploy.Addresses) error { return deploy.WriteBook(path, a) }, nil
	}
	if g.Devnet != nil {
		dir := c.String(DevnetFlag.Name)
		return g.Devnet.Contracts, func(a deploy.Addresses) error { return devnetinfo.UpdateContracts(dir, a) }, nil
	}
	return nil, nil, Usagef("no address book: pass --addresses FILE (created if missing) or --devnet DIR")
}

// MustABI parses a generated binding's ABI; generated ABIs always parse, so a failure is a
// build defect.
func MustABI(meta *bind.MetaData) *abi.ABI {
	a, err := meta.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("generated ABI does not parse: %v", err))
	}
	return a
}

// MustPack packs a call whose argument types the caller fixes in code.
func MustPack(a *abi.ABI, method string, args ...any) []byte {
	data, err := a.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("pack %s: %v", method, err)) // argument types are fixed by the caller
	}
	return data
}

// CallOpts are the options of a read made within the command.
func CallOpts(c *cli.Context) *bind.CallOpts { return &bind.CallOpts{Context: c.Context} }
