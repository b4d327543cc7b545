package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/feepolicy"
)

// fillerOwner owns the transactions a key sends to itself to fill a nonce that a job
// refused by the node left empty: later nonces in the pool wait behind a gap.
const fillerOwner = "txmgr"

// worker sends from one key: up to MaxInFlight transactions in the pool at a time, with
// consecutive nonces; mined ones are followed to the confirmation depth alongside.
type worker struct {
	m        *Manager
	key      *ecdsa.PrivateKey
	addr     common.Address
	nonce    uint64
	inflight []*Job // sent or mined, from the journal at start, then as sent
	// lastHead is the head whose receipts were last looked for: a Sent job is looked up
	// again only once a new block came.
	lastHead  uint64
	lowUntil  time.Time
	published int
	// usedAt is the key's nonce at the confirmation depth below head usedFor, read at most
	// once per head for all the key's unmined jobs (it was read once per job and block,
	// hundreds of reads a block with a full window).
	usedFor common.Hash
	usedAt  uint64
	usedErr error
}

// nonceAtDepth is the key's nonce in the block depth below head: how many of its nonces
// the chain used for good. One read per key and head, whatever the number of jobs asking.
func (w *worker) nonceAtDepth(ctx context.Context, head *types.Header, depth uint64) (uint64, error) {
	if head.Hash() != w.usedFor {
		w.usedFor = head.Hash()
		w.usedAt, w.usedErr = w.m.b.NonceAt(ctx, w.addr, new(big.Int).SetUint64(head.Number.Uint64()-depth))
	}
	return w.usedAt, w.usedErr
}

func (w *worker) run(ctx context.Context) {
	m := w.m
	log := m.log.With("key", w.addr)
	for {
		if err := w.recoverNonce(ctx); err == nil {
			break
		} else if !sleep(ctx, m.cfg.PollInterval*4) {
			return
		} else {
			log.Warn("Cannot read the key's nonce; retrying", "err", err)
		}
	}
	// What the journal says was sent may never have reached a node (a crash right after
	// journaling): send the same signed transactions again.
	for _, j := range w.inflight {
		if j.State == Sent {
			w.broadcast(ctx, j, false, log)
		}
	}
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		w.follow(ctx, log)
		if ctx.Err() != nil {
			return
		}
		w.fill(ctx, log)
		w.publish()
		var head <-chan struct{}
		if m.view.enabled() {
			head = m.view.next()
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-m.wake:
		case <-head:
		}
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// recoverNonce starts from the chain's pending nonce, or past the journal's own
// transactions if the node has not seen them (it restarted, or they were dropped).
func (w *worker) recoverNonce(ctx context.Context) error {
	n, err := w.m.b.PendingNonceAt(ctx, w.addr)
	if err != nil {
		return err
	}
	for _, j := range w.inflight {
		n = max(n, j.Nonce+1)
	}
	w.nonce = n
	return nil
}

func (w *worker) unmined() int {
	n := 0
	for _, j := range w.inflight {
		if j.State == Sent {
			n++
		}
	}
	return n
}

func (w *worker) publish() {
	if n := w.unmined(); n != w.published {
		w.published = n
		w.m.setUnmined(w.addr, n)
	}
}

// pricing is what one round of sends reads from the node once.
type pricing struct {
	tip, feeCap, baseFee *big.Int
	gasLimit             uint64
	balance              *big.Int // nil if it could not be read
}

func (w *worker) price(ctx context.Context) (*pricing, error) {
	m := w.m
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	tip, err := m.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	p := &pricing{tip: tip, feeCap: feepolicy.FeeCap(tip, head.BaseFee), baseFee: head.BaseFee, gasLimit: head.GasLimit}
	if p.baseFee == nil {
		p.baseFee = new(big.Int)
	}
	if maxCap := m.cfg.maxFeeCap(); p.feeCap.Cmp(maxCap) > 0 {
		p.feeCap = maxCap
	}
	if p.tip.Cmp(p.feeCap) > 0 {
		p.tip = new(big.Int).Set(p.feeCap)
	}
	if bal, err := m.b.BalanceAt(ctx, w.addr, nil); err == nil {
		p.balance = bal
	}
	// Another sender used the key: its pending nonce is past ours (max(local, pending)).
	if n, err := m.b.PendingNonceAt(ctx, w.addr); err == nil && n > w.nonce {
		m.log.Warn("Key's nonce moved past the manager's: another sender used the key; resynchronised", "key", w.addr, "local", w.nonce, "node", n)
		w.nonce = n
	}
	return p, nil
}

// fill sends queued jobs while the key's window has room.
func (w *worker) fill(ctx context.Context, log *slog.Logger) {
	m := w.m
	if time.Now().Before(w.lowUntil) {
		return
	}
	var p *pricing
	for w.unmined() < m.cfg.MaxInFlight && ctx.Err() == nil {
		job := m.take(w.addr)
		if job == nil {
			return
		}
		if p == nil {
			var err error
			if p, err = w.price(ctx); err != nil {
				log.Warn("Cannot read fees; will retry", "err", err)
				m.putBack(job)
				return
			}
			if p.feeCap.Cmp(p.baseFee) <= 0 {
				log.Warn("Base fee at or above max_fee_cap_gwei; waiting for it to fall", "baseFee", p.baseFee, "maxFeeCap", p.feeCap)
				m.putBack(job)
				return
			}
		}
		if !w.send(ctx, job, p, log) {
			return
		}
	}
}

// send prices, checks, signs, journals and broadcasts a queued job. It returns false when
// the key should send no more this round (the job went back to the queue).
func (w *worker) send(ctx context.Context, job *Job, p *pricing, log *slog.Logger) bool {
	m := w.m
	gas := job.FixedGas
	if gas == 0 {
		est, err := m.b.EstimateGas(ctx, ethereum.CallMsg{From: w.addr, To: &job.To, Data: job.Data, Value: job.Value})
		if err != nil {
			if ctx.Err() != nil {
				m.putBack(job)
				return false
			}
			if rev, ok := abidecode.RevertFromError(err, m.ABIs...); ok {
				w.end(job, CodeWouldRevert, "would revert: "+rev.Error(), log)
				return true
			}
			log.Warn("Cannot estimate gas; will retry", "job", job.ID, "err", err)
			m.putBack(job)
			sleep(ctx, m.cfg.PollInterval*4)
			return false
		}
		gas = feepolicy.WithMargin(est, m.cfg.GasMarginPercent)
	}
	// Checks the node would make, made before a nonce is taken: a job that fails them ends
	// here and the key goes on.
	if ig, err := core.IntrinsicGas(job.Data, nil, false, true, true, true); err == nil && gas < ig {
		gas = ig
	}
	if gas > p.gasLimit {
		w.end(job, CodeGasCap, fmt.Sprintf("%v: %d gas, the block gas limit is %d", ErrGasCap, gas, p.gasLimit), log)
		return true
	}
	tip, feeCap := p.tip, p.feeCap
	fee := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
	if limit := m.cfg.txFeeCap(); fee.Cmp(limit) > 0 {
		// Bid less, down to what the node accepts; a job whose gas would not be included
		// even so is too large.
		feeCap = new(big.Int).Div(limit, new(big.Int).SetUint64(gas))
		if feeCap.Cmp(new(big.Int).Add(p.baseFee, tip)) < 0 {
			w.end(job, CodeFeeCap, fmt.Sprintf("%v: %d gas at base fee %s wei is more than %g ether", ErrFeeCap, gas, p.baseFee, m.cfg.TxFeeCapEther), log)
			return true
		}
	}
	need := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
	if job.Value != nil {
		need.Add(need, job.Value)
	}
	if p.balance != nil {
		if p.balance.Cmp(need) < 0 {
			if !m.isLow(w.addr) {
				log.Error("Relayer key is short of balance; skipping it until funded", "balance", p.balance, "needed", need)
			}
			m.setLow(w.addr, true)
			m.putBack(job)
			w.lowUntil = time.Now().Add(m.cfg.LowBalanceRetry)
			return false
		}
		m.setLow(w.addr, false)
		p.balance = new(big.Int).Sub(p.balance, need)
	}
	job.Key, job.Nonce, job.Gas = w.addr, w.nonce, gas
	if err := w.attempt(job, tip, feeCap); err != nil {
		log.Error("Cannot sign", "job", job.ID, "err", err)
		m.putBack(job)
		return false
	}
	if size := len(job.Attempts[0].Raw); size > MaxTxSize {
		job.Attempts, job.Key, job.Nonce = nil, common.Address{}, 0
		w.end(job, CodeOversized, fmt.Sprintf("%v: %d bytes", ErrOversized, size), log)
		return true
	}
	job.State = Sent
	// Journaled before it is broadcast: after a crash the same signed transaction is sent
	// again, never a second one.
	if err := m.save(job); err != nil {
		log.Error("Cannot journal; not sending", "job", job.ID, "err", err)
		job.Attempts, job.State = nil, Queued
		m.putBack(job)
		sleep(ctx, m.cfg.PollInterval*4)
		return false
	}
	w.nonce++
	// Signed now: only a block after the view's first can hold it (once the view has read
	// a head; before, it may not cover the block that mines it).
	job.viewed = m.view.enabled() && m.view.Head() != nil
	w.inflight = append(w.inflight, job)
	count(m.metrics.Sent)
	w.broadcast(ctx, job, true, log)
	log.Debug("Sent", "job", job.ID, "nonce", job.Nonce, "gas", job.Gas)
	return true
}

// end fails a job that was never sent (no nonce taken).
func (w *worker) end(job *Job, code, reason string, log *slog.Logger) {
	job.State, job.Code, job.Err = Failed, code, reason
	if err := w.m.save(job); err != nil {
		log.Error("Cannot journal a failed job", "job", job.ID, "err", err)
	}
	count(w.m.metrics.Failed)
	log.Warn("Job cannot be sent; it ends", "job", job.ID, "code", code, "err", reason)
}

// attempt signs the job with the given fees and appends the attempt.
func (w *worker) attempt(job *Job, tip, feeCap *big.Int) error {
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: w.m.chainID, Nonce: job.Nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: job.Gas,
		To: &job.To, Value: orZero(job.Value), Data: job.Data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.m.chainID), w.key)
	if err != nil {
		return err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return err
	}
	job.Attempts = append(job.Attempts, Attempt{Hash: signed.Hash(), FeeCap: feeCap, TipCap: tip, Raw: raw})
	return nil
}

// broadcast sends the job's last attempt. fresh says this process signed the job's only
// attempt just now: then "nonce too low" can only mean another sender used the nonce, and
// the job is signed again under the next one.
func (w *worker) broadcast(ctx context.Context, job *Job, fresh bool, log *slog.Logger) {
	m := w.m
	for try := 0; ; try++ {
		a := job.Attempts[len(job.Attempts)-1]
		var tx types.Transaction
		if err := tx.UnmarshalBinary(a.Raw); err != nil {
			log.Error("Journaled transaction does not decode", "job", job.ID, "err", err)
			return
		}
		job.broadcastAt = time.Now()
		err := m.b.SendTransaction(ctx, &tx)
		if err == nil {
			return
		}
		kind, perm := classify(err)
		switch kind {
		case sendKnown:
			return
		case sendTransient:
			log.Warn("Broadcast failed; will send again", "job", job.ID, "tx", a.Hash, "err", err)
			return
		case sendNonceLow:
			// Known, or mined already (follow finds the receipt), or replaced by an
			// earlier attempt that was mined: unless the nonce was never ours.
			if !fresh || len(job.Attempts) != 1 || try >= 3 {
				return
			}
			n, err := m.b.PendingNonceAt(ctx, w.addr)
			if err != nil {
				return // follow decides once the nonce is at depth
			}
			log.Warn("Nonce used by another sender; signing the job again under the key's next nonce", "job", job.ID, "nonce", job.Nonce, "node", n)
			w.nonce = max(w.nonce, n)
			job.Nonce, job.Attempts = w.nonce, nil
			if err := w.attempt(job, a.TipCap, a.FeeCap); err != nil {
				return
			}
			if err := m.save(job); err != nil {
				return
			}
			w.nonce++
			continue
		case sendPermanent:
			w.refused(ctx, job, fresh, perm, log)
			return
		}
	}
}

// refused handles a permanent refusal of the job's last attempt: that attempt was never in
// the pool. A job with earlier attempts keeps them and stops bumping; a job whose only
// attempt was refused ends, and its nonce goes back to the key (or is filled, if later
// nonces are in the pool already).
func (w *worker) refused(ctx context.Context, job *Job, fresh bool, perm error, log *slog.Logger) {
	m := w.m
	if len(job.Attempts) > 1 {
		job.Attempts, job.AtCap = job.Attempts[:len(job.Attempts)-1], true
		if err := m.save(job); err != nil {
			log.Error("Cannot journal a refused attempt", "job", job.ID, "err", err)
		}
		log.Warn("Node refused a fee bump; the earlier attempt stays", "job", job.ID, "err", perm)
		return
	}
	if !fresh {
		// After a restart: make sure this transaction was not mined before the node
		// changed its mind about it.
		if r, err := m.b.TransactionReceipt(ctx, job.Attempts[0].Hash); err == nil && r != nil {
			return
		} else if !errors.Is(err, ethereum.NotFound) {
			return
		}
		if n, err := m.b.NonceAt(ctx, w.addr, nil); err != nil || n > job.Nonce {
			return // the nonce is used; follow decides whose
		}
	}
	nonce := job.Nonce
	job.State, job.Code, job.Err = Failed, codeOf(perm), perm.Error()
	if err := m.save(job); err != nil {
		log.Error("Cannot journal a failed job", "job", job.ID, "err", err)
	}
	count(m.metrics.Failed)
	log.Warn("Node refused the job's transaction; it ends and the key goes on", "job", job.ID, "code", job.Code, "err", perm)
	w.drop(job)
	if nonce+1 == w.nonce {
		w.nonce = nonce
		return
	}
	w.fillNonce(ctx, nonce, log)
}

func (w *worker) drop(job *Job) {
	keep := w.inflight[:0]
	for _, j := range w.inflight {
		if j != job {
			keep = append(keep, j)
		}
	}
	w.inflight = keep
}

// fillNonce sends a transfer of nothing to the key itself at nonce, which a refused job
// left empty while later nonces wait in the pool. It is journaled like any job.
func (w *worker) fillNonce(ctx context.Context, nonce uint64, log *slog.Logger) {
	m := w.m
	p, err := w.price(ctx)
	if err != nil {
		p = &pricing{tip: big.NewInt(1e9), feeCap: big.NewInt(100e9)}
	}
	now := time.Now().UTC()
	m.mu.Lock()
	m.seq++
	seq := m.seq
	m.mu.Unlock()
	job := &Job{ID: fmt.Sprintf("txmgr-fill-%s-%d", w.addr.Hex(), nonce), Owner: fillerOwner, To: w.addr, Seq: seq,
		Pin: w.addr, Key: w.addr, Nonce: nonce, Gas: 21_000, Created: now}
	if err := w.attempt(job, p.tip, p.feeCap); err != nil {
		log.Error("Cannot sign a nonce filler", "nonce", nonce, "err", err)
		return
	}
	job.State = Sent
	if err := m.save(job); err != nil {
		log.Error("Cannot journal a nonce filler", "nonce", nonce, "err", err)
		return
	}
	w.inflight = append(w.inflight, job)
	log.Info("Filling a nonce a refused job left empty", "nonce", nonce)
	w.broadcast(ctx, job, false, log)
}

// follow advances every in-flight job: receipts, resubmissions, confirmations, reorgs.
func (w *worker) follow(ctx context.Context, log *slog.Logger) {
	m := w.m
	if len(w.inflight) == 0 {
		return
	}
	head := m.view.Head()
	if !m.view.enabled() || head == nil {
		var err error
		if head, err = m.b.HeaderByNumber(ctx, nil); err != nil {
			return
		}
	}
	newBlock := head.Number.Uint64() != w.lastHead
	w.lastHead = head.Number.Uint64()
	keep := w.inflight[:0]
	for _, job := range w.inflight {
		switch job.State {
		case Sent:
			w.followSent(ctx, job, head, newBlock, log)
		case Mined:
			w.followMined(ctx, job, head, log)
		}
		if job.State == Sent || job.State == Mined {
			keep = append(keep, job)
		}
	}
	w.inflight = keep
}

func (w *worker) followSent(ctx context.Context, job *Job, head *types.Header, newBlock bool, log *slog.Logger) {
	m := w.m
	stale := time.Since(job.broadcastAt) >= m.cfg.ResubmitAfter
	if !newBlock && !stale {
		return // no block since the last look: no receipt can have appeared
	}
	viewed := job.viewed && m.view.enabled() && m.view.Head() != nil
	r, unsure := w.lookup(ctx, job, viewed)
	if r != nil {
		w.mined(ctx, job, r, head, log)
		return
	}
	if unsure {
		job.gone = 0
		return
	}
	if !viewed && m.view.enabled() && m.view.Head() != nil {
		job.viewed = true // none mined so far: later blocks are in the view
	}
	// None of the job's transactions is known to the chain. If the key's nonce at the
	// confirmation depth is past the job's, another sender used the nonce: none of the
	// job's transactions can be mined any more, so it is sent again under a new nonce.
	//
	// Sent again, its work may run twice if one of its transactions is mined after all
	// (a relayed payment executed twice, or reported failed after it executed). Reads of
	// a chain that is reorganising disagree from one call to the next: under load a
	// 100,000-ballot run saw a reorganisation every few blocks, and one ballot was
	// reported "not executed" though it was. So the verdict stands only when it held at
	// every new block for resendDepth blocks in a row, with every attempt unknown to the
	// node (neither mined nor waiting in its pool) each time.
	depth := max(m.cfg.Confirmations, 1)
	if h := head.Number.Uint64(); h <= depth {
		job.gone = 0
	} else {
		n, err := w.nonceAtDepth(ctx, head, depth)
		if err != nil || n <= job.Nonce {
			job.gone = 0
		}
		if err == nil && n > job.Nonce {
			// Ask the node itself for each transaction, mined or still in its pool,
			// before giving up on them (the lookup above did already, unless it read
			// the view).
			if viewed {
				if r, unsure := w.lookup(ctx, job, false); r != nil {
					w.mined(ctx, job, r, head, log)
					return
				} else if unsure {
					job.gone = 0
					return
				}
			}
			if w.anyKnown(ctx, job) {
				job.gone = 0
				return
			}
			if newBlock {
				job.gone++
			}
			if job.gone < resendDepth {
				return
			}
			job.gone = 0
			if job.Owner == fillerOwner {
				job.State, job.Err = Failed, "nonce used by another transaction"
				m.save(job)
				return
			}
			log.Warn("Nonce used by another sender; sending the job again", "job", job.ID, "nonce", job.Nonce)
			for _, a := range job.Attempts {
				job.Resent = append(job.Resent, a.Hash)
			}
			job.State, job.Attempts, job.Key, job.AtCap = Queued, nil, common.Address{}, false
			if err := m.save(job); err == nil {
				m.putBack(job)
			}
			if n, err := m.b.PendingNonceAt(ctx, w.addr); err == nil {
				w.nonce = max(w.nonce, n)
			}
			return
		}
	}
	if !stale {
		return
	}
	w.resubmit(ctx, job, log)
}

// resendDepth is how many checks in a row, each at a new block, must find a job's nonce
// used by another transaction, none of the job's own known to the node, before the job is
// sent again under a new nonce (followSent): deeper than the reorganisations a loaded Clique chain of
// a few signers makes, and only a delay for what it guards against, a hot key used by
// hand.
const resendDepth = 12

// anyKnown says whether the node knows one of the job's transactions (mined, or in its
// pool), or cannot say: then the job must not be sent again under another nonce.
func (w *worker) anyKnown(ctx context.Context, job *Job) bool {
	tr, ok := optional[interface {
		TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	}](w.m.b)
	if !ok {
		return false // receipts alone decide (lookup)
	}
	for _, a := range job.Attempts {
		_, _, err := tr.TransactionByHash(ctx, a.Hash)
		var re rpc.Error
		switch {
		case errors.Is(err, ethereum.NotFound):
		case errors.As(err, &re) && re.ErrorCode() == -32601:
			return false // the node has no such call: its receipts alone decide (lookup)
		default:
			return true // known, or the node cannot say now: ask again at the next block
		}
	}
	return false
}

// lookup finds the receipt of whichever of the job's transactions was mined: in the view
// of the chain (one read per block for every key), or else by hash from the node. unsure
// says a lookup failed: an error is not "not mined" (the node may be indexing, or
// unreachable), and only a definite "not found" for every attempt lets the job be sent
// again.
func (w *worker) lookup(ctx context.Context, job *Job, viewed bool) (r *types.Receipt, unsure bool) {
	for i := len(job.Attempts) - 1; i >= 0; i-- {
		if viewed {
			if r := w.m.view.receipt(job.Attempts[i].Hash); r != nil {
				return r, false
			}
			continue
		}
		r, err := w.m.b.TransactionReceipt(ctx, job.Attempts[i].Hash)
		if err != nil || r == nil {
			if !errors.Is(err, ethereum.NotFound) {
				unsure = true
			}
			continue
		}
		return r, false
	}
	return nil, unsure
}

// mined records the block a job's transaction was mined in, and follows it on.
func (w *worker) mined(ctx context.Context, job *Job, r *types.Receipt, head *types.Header, log *slog.Logger) {
	m := w.m
	job.gone = 0
	job.State, job.TxHash, job.Block, job.BlockHash = Mined, r.TxHash, r.BlockNumber.Uint64(), r.BlockHash
	if r.Status == types.ReceiptStatusFailed {
		job.Err, job.Code = "reverted on chain", CodeReverted
	}
	if err := m.save(job); err != nil {
		log.Error("Cannot journal a mined job", "job", job.ID, "err", err)
	}
	count(m.metrics.Mined)
	w.followMined(ctx, job, head, log)
}

// resubmit bumps the job's fees (up to the caps and MaxAttempts), or, at a cap, broadcasts
// its last transaction again as it is.
func (w *worker) resubmit(ctx context.Context, job *Job, log *slog.Logger) {
	m := w.m
	last := job.Attempts[len(job.Attempts)-1]
	if !job.AtCap && len(job.Attempts) < m.cfg.MaxAttempts {
		if tip, feeCap, err := feepolicy.Suggest(ctx, m.b); err == nil {
			bump := func(old, fresh *big.Int) *big.Int {
				b := new(big.Int).Mul(old, big.NewInt(int64(100+m.cfg.FeeBumpPercent)))
				b.Div(b, big.NewInt(100))
				if fresh.Cmp(b) > 0 {
					return fresh
				}
				return b
			}
			newTip, newCap := bump(last.TipCap, tip), bump(last.FeeCap, feeCap)
			maxCap := m.cfg.maxFeeCap()
			if limit := new(big.Int).Div(m.cfg.txFeeCap(), new(big.Int).SetUint64(job.Gas)); limit.Cmp(maxCap) < 0 {
				maxCap = limit
			}
			if newCap.Cmp(maxCap) > 0 {
				newCap = maxCap
			}
			if newTip.Cmp(newCap) > 0 {
				newTip = new(big.Int).Set(newCap)
			}
			// A node replaces a pending transaction only for 10% more in both.
			least := func(old *big.Int) *big.Int {
				return new(big.Int).Div(new(big.Int).Mul(old, big.NewInt(110)), big.NewInt(100))
			}
			if newCap.Cmp(least(last.FeeCap)) >= 0 && newTip.Cmp(least(last.TipCap)) >= 0 {
				if err := w.attempt(job, newTip, newCap); err == nil {
					if err := m.save(job); err != nil {
						job.Attempts = job.Attempts[:len(job.Attempts)-1]
						return
					}
					count(m.metrics.Resubmitted)
					log.Info("Resubmitted with higher fees", "job", job.ID, "nonce", job.Nonce, "attempt", len(job.Attempts), "tx", job.Attempts[len(job.Attempts)-1].Hash)
					w.broadcast(ctx, job, false, log)
					return
				}
			} else {
				job.AtCap = true
				m.save(job)
				log.Warn("Fees at their cap; the transaction is broadcast again as it is", "job", job.ID, "feeCap", last.FeeCap)
			}
		}
	}
	w.broadcast(ctx, job, false, log)
}

func (w *worker) followMined(ctx context.Context, job *Job, head *types.Header, log *slog.Logger) {
	m := w.m
	if head.Number.Uint64() < job.Block+m.cfg.Confirmations {
		return
	}
	var r *types.Receipt
	var canonical, decided bool
	if m.view.enabled() && m.view.covers(job.Block) {
		// The view read the block's receipts by its hash, and forgets them when a
		// reorganisation replaces it. A block it holds without the receipt (the
		// transaction was found by hash from the node) is asked of the node: declaring a
		// reorganisation there would resend the job forever.
		hash, _ := m.view.hashAt(job.Block)
		r = m.view.receipt(job.TxHash)
		if hash != job.BlockHash {
			decided = true
		} else if r != nil && r.BlockHash == job.BlockHash {
			canonical, decided = true, true
		}
	}
	if !decided {
		var err error
		r, err = m.b.TransactionReceipt(ctx, job.TxHash)
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return // cannot tell: look again at the next poll
		}
		canonical = err == nil && r != nil && r.BlockHash == job.BlockHash
		if canonical {
			h, err := m.b.HeaderByNumber(ctx, new(big.Int).SetUint64(job.Block))
			if err != nil {
				return
			}
			canonical = h.Hash() == job.BlockHash
		}
	}
	if !canonical {
		// The block fell out in a reorganisation: send again (the same signed
		// transactions are still valid; nodes usually re-add them, this makes sure).
		job.State, job.TxHash, job.Block, job.BlockHash, job.Err, job.Code = Sent, common.Hash{}, 0, common.Hash{}, "", ""
		job.Reorgs++
		job.gone = 0
		if err := m.save(job); err != nil {
			log.Error("Cannot journal a reorganised job", "job", job.ID, "err", err)
		}
		count(m.metrics.Reorged)
		log.Warn("Transaction fell out in a reorganisation; resubmitting", "job", job.ID)
		w.broadcast(ctx, job, false, log)
		return
	}
	if job.Err != "" {
		job.State = Failed
		count(m.metrics.Failed)
	} else {
		job.State, job.Logs = Confirmed, r.Logs
		count(m.metrics.Confirmed)
	}
	if err := m.save(job); err != nil {
		log.Error("Cannot journal a confirmed job", "job", job.ID, "err", err)
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
