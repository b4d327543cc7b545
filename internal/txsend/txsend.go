package txsend

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/feepolicy"
)

var (
	// ErrWouldRevert is returned by Simulate and Send when the call reverts in simulation;
	// the error also wraps the *abidecode.Revert.
	ErrWouldRevert = errors.New("transaction would revert")
	// ErrNoContract is returned by Simulate and Send for calldata sent to an address without
	// code: the EVM would accept it and do nothing, so a stale address book would look like
	// success.
	ErrNoContract = errors.New("no contract at the target address")
	// ErrRevertedOnChain is returned by Send when the transaction was mined but failed
	// (the state changed between simulation and inclusion).
	ErrRevertedOnChain = errors.New("transaction reverted on chain")
	// ErrNonceUsed is returned by Resend when another transaction of the sender was mined
	// with the transaction's nonce: it can never be mined.
	ErrNonceUsed = errors.New("another transaction of its sender took its nonce: it can never be mined")
)

// DefaultPollInterval is how often Send asks for the receipt: a fifth of the devnet's
// block period, so a command returns soon after its block.
const DefaultPollInterval = 200 * time.Millisecond

// Backend is what sending needs from a node; *ethclient.Client satisfies it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Candidate is one transaction to send. A nil To creates a contract from Data.
type Candidate struct {
	To       *common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64 // 0: estimate, plus a margin
}

// Receipt is what happened to a sent transaction.
type Receipt struct {
	TxHash          common.Hash       `json:"tx"`
	Block           uint64            `json:"block"`
	GasUsed         uint64            `json:"gasUsed"`
	ContractAddress *common.Address   `json:"contractAddress,omitempty"`
	Events          []abidecode.Event `json:"events"`
}

// Sender sends from one key.
type Sender struct {
	b       Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	abis    []*abi.ABI
	log     *slog.Logger
	poll    time.Duration

	// next is the nonce after the last one this sender sent: a node adds a transaction to
	// its pool's pending set asynchronously, so its pending nonce can lag a Start just made.
	// unsent are the nonces Sign took whose transactions the node has not been given yet
	// (the caller journals each first): the node's pending nonce does not count them, so a
	// failed Wait's return to it keeps above them.
	mu     sync.Mutex
	next   uint64
	unsent map[uint64]bool

	// book, when set, names the ABI of each known contract address, for decoding events.
	book *abidecode.Book
}

// SetBook makes the sender decode a receipt's logs with the ABI of the contract that
// emitted each (abidecode.Book), falling back to its ABIs.
func (s *Sender) SetBook(b *abidecode.Book) { s.book = b }

// DecodeLog decodes l as the sender decodes its receipts' logs: by the emitter's ABI when
// its book knows it, else by the first of its ABIs that knows the event.
func (s *Sender) DecodeLog(l *types.Log) (*abidecode.Event, error) {
	return s.book.Decode(l, s.abis...)
}

// New returns a sender for key on the chain behind b. abis are used to decode reverts and
// events; pass every contract the transactions may touch.
func New(ctx context.Context, b Backend, key *ecdsa.PrivateKey, log *slog.Logger, abis ...*abi.ABI) (*Sender, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain ID: %w", err)
	}
	if log == nil {
		log = slog.Default()
	}
	return &Sender{b: b, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: id, abis: abis, log: log, poll: DefaultPollInterval}, nil
}

// SetPollInterval changes how often Send asks for a receipt (tests on a simulated chain
// that seals every few milliseconds use a few milliseconds).
func (s *Sender) SetPollInterval(d time.Duration) { s.poll = d }

// From is the sending address.
func (s *Sender) From() common.Address { return s.from }

// Backend is the node the sender talks to.
func (s *Sender) Backend() Backend { return s.b }

// Simulate runs the candidate against the pending state and returns the gas limit Send
// would use. A revert comes back as ErrWouldRevert wrapping the decoded *abidecode.Revert.
func (s *Sender) Simulate(ctx context.Context, c Candidate) (uint64, error) {
	if c.To != nil && len(c.Data) > 0 {
		code, err := s.b.CodeAt(ctx, *c.To, nil)
		if err != nil {
			return 0, fmt.Errorf("read code at %s: %w", c.To, err)
		}
		if len(code) == 0 {
			return 0, fmt.Errorf("%w: %s has no code on this chain (is the address book for this network?); nothing sent", ErrNoContract, c.To.Hex())
		}
	}
	msg := ethereum.CallMsg{From: s.from, To: c.To, Data: c.Data, Value: c.Value}
	// eth_call first: nodes return revert data from it reliably; from eth_estimateGas
	// only some do.
	if _, err := s.b.CallContract(ctx, msg, nil); err != nil {
		return 0, s.explain(err)
	}
	if c.GasLimit != 0 {
		return c.GasLimit, nil
	}
	gas, err := s.b.EstimateGas(ctx, msg)
	if err != nil {
		return 0, s.explain(err)
	}
	return feepolicy.WithMargin(gas, feepolicy.DefaultGasMarginPercent), nil
}

func (s *Sender) explain(err error) error {
	if rev, ok := abidecode.RevertFromError(err, s.abis...); ok {
		return fmt.Errorf("%w: %w", ErrWouldRevert, rev)
	}
	return fmt.Errorf("simulate: %w", err)
}

// Send simulates the candidate, and only if it would succeed signs and sends it, then
// waits for the receipt. If ctx ends after the transaction was sent, the error names its
// hash: it may still be mined, and a retry must check before sending again.
func (s *Sender) Send(ctx context.Context, c Candidate) (*Receipt, error) {
	p, err := s.Start(ctx, c)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, p)
}

// Pending is a transaction Start sent, not yet waited for.
type Pending struct {
	tx  *types.Transaction
	gas uint64
	c   Candidate
}

// Hash is the pending transaction's hash.
func (p *Pending) Hash() common.Hash { return p.tx.Hash() }

// Tx is the signed transaction, as Follow takes it back.
func (p *Pending) Tx() *types.Transaction { return p.tx }

// Follow is a Pending for tx, a transaction of the sender's signed and sent before (kept
// across a restart): Wait and Resend take it as they take Start's.
func Follow(tx *types.Transaction) *Pending {
	return &Pending{tx: tx, gas: tx.Gas(), c: Candidate{To: tx.To(), Data: tx.Data(), Value: tx.Value()}}
}

// Start simulates the candidate and, only if it would succeed, signs and sends it with the
// node's next pending nonce, without waiting: several Starts then Waits put consecutive
// transactions in one block (independent contract deployments). The simulation runs on the
// pending state, so a candidate that depends on an earlier one still in flight must wait
// for it first.
func (s *Sender) Start(ctx context.Context, c Candidate) (*Pending, error) {
	return s.sign(ctx, c, true)
}

// Sign is Start without the send: the candidate simulated and, only if it would succeed,
// signed with the next nonce, which it takes (the next Sign or Start uses the one after,
// until a Wait fails). The caller records the transaction where a restart finds it (a
// journal), then sends it with Resend: a crash in between leaves a transaction to send
// again, never the need to sign a second one.
func (s *Sender) Sign(ctx context.Context, c Candidate) (*Pending, error) {
	return s.sign(ctx, c, false)
}

// sign simulates c and signs it with the next nonce: the node's pending one, or the one
// after the last this sender signed if the node has not counted it yet; and sends it if send.
func (s *Sender) sign(ctx context.Context, c Candidate, send bool) (*Pending, error) {
	gas, err := s.Simulate(ctx, c)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	nonce, err := s.b.PendingNonceAt(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("read nonce of %s: %w", s.from, err)
	}
	nonce = max(nonce, s.next)
	tip, feeCap, err := feepolicy.Suggest(ctx, s.b)
	if err != nil {
		return nil, err
	}
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: c.To, Value: value, Data: c.Data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if send {
		if err := s.b.SendTransaction(ctx, tx); err != nil {
			return nil, fmt.Errorf("send: %w", err)
		}
		s.log.Debug("Sent transaction", "tx", tx.Hash(), "nonce", nonce, "gas", gas)
	} else {
		if s.unsent == nil {
			s.unsent = map[uint64]bool{}
		}
		s.unsent[nonce] = true
	}
	s.next = nonce + 1
	return &Pending{tx: tx, gas: gas, c: c}, nil
}

// Resend sends p's signed transaction again, unchanged (same nonce, same hash: only one of
// them can ever be mined), for a node that dropped it from its pool (restarted, evicted).
// Nil when the node holds it (again) or it is mined; ErrNonceUsed when its nonce went to
// another transaction, so that it can never be mined and whatever it did may be done anew.
func (s *Sender) Resend(ctx context.Context, p *Pending) error {
	err := s.b.SendTransaction(ctx, p.tx)
	if err == nil || strings.Contains(err.Error(), txpool.ErrAlreadyKnown.Error()) {
		s.sent(p)
		s.log.Debug("Sent transaction", "tx", p.tx.Hash(), "nonce", p.tx.Nonce(), "gas", p.gas)
		return nil
	}
	if _, rerr := s.b.TransactionReceipt(ctx, p.tx.Hash()); rerr == nil {
		s.sent(p)
		return nil // mined meanwhile: its nonce is its own
	}
	if strings.Contains(err.Error(), core.ErrNonceTooLow.Error()) {
		s.sent(p)
		return fmt.Errorf("transaction %s (nonce %d): %w", p.tx.Hash(), p.tx.Nonce(), ErrNonceUsed)
	}
	// Not taken: its nonce stays reserved (the caller sends it again).
	return fmt.Errorf("send transaction %s again: %w", p.tx.Hash(), err)
}

// sent marks p's nonce as the node's to count: p is in its pool, mined, or its nonce
// went to another transaction.
func (s *Sender) sent(p *Pending) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.unsent, p.tx.Nonce())
}

// Release gives back the nonce of p, signed by Sign and never to be sent (its journal
// could not be written): the next Sign takes it again, rather than leave a gap that every
// later transaction of the sender waits behind. A nonce signed after p's stays taken, and
// p's is then left as it is (the gap is filled by a failed Wait's return to the node's
// pending nonce).
func (s *Sender) Release(p *Pending) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := p.tx.Nonce()
	delete(s.unsent, n)
	if s.next == n+1 {
		s.next = n
	}
}

// Wait waits for a started transaction's receipt and decodes its events.
func (s *Sender) Wait(ctx context.Context, p *Pending) (*Receipt, error) {
	tx, gas, c := p.tx, p.gas, p.c
	rcpt, err := s.waitMined(ctx, tx.Hash())
	if err != nil {
		// It may never be mined (evicted, replaced): the node's pending nonce is the truth
		// again, so a later Start leaves no gap — above the nonces signed and not sent yet,
		// which the node does not count (a second transaction with one of them would be
		// journaled beside the first, one of the two never mined).
		s.mu.Lock()
		s.next = 0
		for n := range s.unsent {
			s.next = max(s.next, n+1)
		}
		s.mu.Unlock()
		return nil, fmt.Errorf("wait for transaction %s (it may still be mined; check before retrying): %w", tx.Hash(), err)
	}
	out := &Receipt{TxHash: tx.Hash(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed}
	if c.To == nil {
		addr := rcpt.ContractAddress
		out.ContractAddress = &addr
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return out, fmt.Errorf("%w: %s in block %d (used %d of %d gas)", ErrRevertedOnChain, tx.Hash(), out.Block, rcpt.GasUsed, gas)
	}
	for _, l := range rcpt.Logs {
		ev, err := s.book.Decode(l, s.abis...)
		if err != nil {
			s.log.Debug("Undecoded log", "tx", tx.Hash(), "err", err)
			continue
		}
		out.Events = append(out.Events, *ev)
	}
	return out, nil
}

// waitMined polls for the receipt; bind.WaitMined polls once a second, too slow for a
// one-second chain and for tests.
// headAtLeast reports whether the node's head has reached block. A node may answer a
// receipt a moment before its head (and so the state that calls and the next send's
// simulation read) moves to the receipt's block — go-ethereum's simulated backend does —
// so a caller that reads state right after Send would see the parent's: the race behind a
// flaky EscrowUnknownProject(id=0) and a proxy deployed against an implementation without
// code (ERC1967InvalidImplementation). On a node that moves both together, one call.
func (s *Sender) headAtLeast(ctx context.Context, block *big.Int) bool {
	h, err := s.b.HeaderByNumber(ctx, nil)
	return err == nil && h.Number.Cmp(block) >= 0
}

func (s *Sender) waitMined(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	tick := time.NewTicker(s.poll)
	defer tick.Stop()
	for {
		r, err := s.b.TransactionReceipt(ctx, hash)
		if err == nil && s.headAtLeast(ctx, r.BlockNumber) {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			s.log.Debug("Receipt not available yet", "tx", hash, "err", err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}
