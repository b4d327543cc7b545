package txmgr

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/feepolicy"
)

// worker sends from one key: one transaction in the pool at a time, then the next once it
// is mined; mined jobs are followed to the confirmation depth alongside.
type worker struct {
	m        *Manager
	key      *ecdsa.PrivateKey
	addr     common.Address
	nonce    uint64
	inflight []*Job // sent or mined, from the journal at start, then as sent
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
			w.broadcast(ctx, j, log)
		}
	}
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		w.follow(ctx, log)
		if ctx.Err() != nil {
			return
		}
		if !w.hasUnmined() {
			if job := m.take(w.addr); job != nil {
				w.send(ctx, job, log)
				continue
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-m.wake:
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

func (w *worker) hasUnmined() bool {
	for _, j := range w.inflight {
		if j.State == Sent {
			return true
		}
	}
	return false
}

// send prices, signs, journals and broadcasts a queued job.
func (w *worker) send(ctx context.Context, job *Job, log *slog.Logger) {
	m := w.m
	gas, err := m.b.EstimateGas(ctx, ethereum.CallMsg{From: w.addr, To: &job.To, Data: job.Data, Value: job.Value})
	if err != nil {
		if ctx.Err() != nil {
			m.putBack(job)
			return
		}
		if rev, ok := abidecode.RevertFromError(err, m.ABIs...); ok {
			job.State, job.Err = Failed, "would revert: "+rev.Error()
			if err := m.save(job); err != nil {
				log.Error("Cannot journal a failed job", "job", job.ID, "err", err)
			}
			count(m.metrics.Failed)
			log.Warn("Job would revert; not sent", "job", job.ID, "err", job.Err)
			return
		}
		log.Warn("Cannot estimate gas; will retry", "job", job.ID, "err", err)
		m.putBack(job)
		sleep(ctx, m.cfg.PollInterval*4)
		return
	}
	gas = feepolicy.WithMargin(gas, m.cfg.GasMarginPercent)
	tip, feeCap, err := w.fees(ctx)
	if err != nil {
		log.Warn("Cannot read fees; will retry", "err", err)
		m.putBack(job)
		sleep(ctx, m.cfg.PollInterval*4)
		return
	}
	bal, err := m.b.BalanceAt(ctx, w.addr, nil)
	if err == nil {
		need := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
		if job.Value != nil {
			need.Add(need, job.Value)
		}
		if bal.Cmp(need) < 0 {
			if !m.isLow(w.addr) {
				log.Error("Relayer key is short of balance; skipping it until funded", "balance", bal, "needed", need)
			}
			m.setLow(w.addr, true)
			m.putBack(job)
			sleep(ctx, m.cfg.LowBalanceRetry)
			return
		}
		m.setLow(w.addr, false)
	}
	job.Key, job.Nonce, job.Gas = w.addr, w.nonce, gas
	if err := w.attempt(job, tip, feeCap); err != nil {
		log.Error("Cannot sign", "job", job.ID, "err", err)
		m.putBack(job)
		return
	}
	job.State = Sent
	// Journaled before it is broadcast: after a crash the same signed transaction is sent
	// again, never a second one.
	if err := m.save(job); err != nil {
		log.Error("Cannot journal; not sending", "job", job.ID, "err", err)
		m.putBack(job)
		sleep(ctx, m.cfg.PollInterval*4)
		return
	}
	w.nonce++
	w.inflight = append(w.inflight, job)
	w.broadcast(ctx, job, log)
	count(m.metrics.Sent)
	log.Debug("Sent", "job", job.ID, "nonce", job.Nonce, "tx", job.Attempts[len(job.Attempts)-1].Hash)
}

func (w *worker) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	return feepolicy.Suggest(ctx, w.m.b)
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

func (w *worker) broadcast(ctx context.Context, job *Job, log *slog.Logger) {
	a := job.Attempts[len(job.Attempts)-1]
	var tx types.Transaction
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		log.Error("Journaled transaction does not decode", "job", job.ID, "err", err)
		return
	}
	if err := w.m.b.SendTransaction(ctx, &tx); err != nil {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "already known"), strings.Contains(msg, "nonce too low"):
			// Known, or mined already (follow finds the receipt), or replaced by an
			// earlier attempt that was mined.
		default:
			log.Warn("Broadcast failed; will resubmit", "job", job.ID, "tx", a.Hash, "err", err)
		}
	}
}

// follow advances every in-flight job: receipts, resubmissions, confirmations, reorgs.
func (w *worker) follow(ctx context.Context, log *slog.Logger) {
	m := w.m
	if len(w.inflight) == 0 {
		return
	}
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return
	}
	keep := w.inflight[:0]
	for _, job := range w.inflight {
		switch job.State {
		case Sent:
			w.followSent(ctx, job, head, log)
		case Mined:
			w.followMined(ctx, job, head, log)
		}
		if job.State == Sent || job.State == Mined {
			keep = append(keep, job)
		}
	}
	w.inflight = keep
}

func (w *worker) followSent(ctx context.Context, job *Job, head *types.Header, log *slog.Logger) {
	m := w.m
	for i := len(job.Attempts) - 1; i >= 0; i-- {
		r, err := m.b.TransactionReceipt(ctx, job.Attempts[i].Hash)
		if err != nil || r == nil {
			continue
		}
		job.State, job.TxHash, job.Block, job.BlockHash = Mined, r.TxHash, r.BlockNumber.Uint64(), r.BlockHash
		if r.Status == types.ReceiptStatusFailed {
			job.Err = "reverted on chain"
		}
		if err := m.save(job); err != nil {
			log.Error("Cannot journal a mined job", "job", job.ID, "err", err)
		}
		count(m.metrics.Mined)
		w.followMined(ctx, job, head, log)
		return
	}
	// Not mined. If the key's nonce moved past it, another transaction used the nonce. The
	// node indexes receipts in the background, so a missing receipt proves nothing at
	// first: only after a long grace is the job sent again.
	if n, err := m.b.NonceAt(ctx, w.addr, nil); err == nil && n > job.Nonce {
		if time.Since(job.Updated) > 2*m.cfg.ResubmitAfter {
			log.Warn("Nonce used by another transaction; sending the job again", "job", job.ID, "nonce", job.Nonce)
			job.State, job.Attempts, job.Key = Queued, nil, common.Address{}
			if err := m.save(job); err == nil {
				m.putBack(job)
			}
		}
		return
	}
	last := job.Attempts[len(job.Attempts)-1]
	if time.Since(job.Updated) < m.cfg.ResubmitAfter {
		return
	}
	tip, feeCap, err := w.fees(ctx)
	if err != nil {
		return
	}
	bump := func(old, fresh *big.Int) *big.Int {
		b := new(big.Int).Mul(old, big.NewInt(int64(100+m.cfg.FeeBumpPercent)))
		b.Div(b, big.NewInt(100))
		if fresh.Cmp(b) > 0 {
			return fresh
		}
		return b
	}
	if err := w.attempt(job, bump(last.TipCap, tip), bump(last.FeeCap, feeCap)); err != nil {
		return
	}
	if err := m.save(job); err != nil {
		job.Attempts = job.Attempts[:len(job.Attempts)-1]
		return
	}
	count(m.metrics.Resubmitted)
	log.Info("Resubmitted with higher fees", "job", job.ID, "nonce", job.Nonce, "attempt", len(job.Attempts), "tx", job.Attempts[len(job.Attempts)-1].Hash)
	w.broadcast(ctx, job, log)
}

func (w *worker) followMined(ctx context.Context, job *Job, head *types.Header, log *slog.Logger) {
	m := w.m
	if head.Number.Uint64() < job.Block+m.cfg.Confirmations {
		return
	}
	r, err := m.b.TransactionReceipt(ctx, job.TxHash)
	canonical := err == nil && r != nil && r.BlockHash == job.BlockHash
	if canonical {
		h, err := m.b.HeaderByNumber(ctx, new(big.Int).SetUint64(job.Block))
		canonical = err == nil && h.Hash() == job.BlockHash
	}
	if !canonical {
		// The block fell out in a reorganisation: send again (the same signed
		// transactions are still valid; nodes usually re-add them, this makes sure).
		job.State, job.TxHash, job.Block, job.BlockHash, job.Err = Sent, common.Hash{}, 0, common.Hash{}, ""
		job.Reorgs++
		if err := m.save(job); err != nil {
			log.Error("Cannot journal a reorganised job", "job", job.ID, "err", err)
		}
		count(m.metrics.Reorged)
		log.Warn("Transaction fell out in a reorganisation; resubmitting", "job", job.ID)
		w.broadcast(ctx, job, log)
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
