package cred

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/feepolicy"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/relayer/records"
)

// DelegationConfig is [cred.delegation]: issuers' systems without gas post batches of
// delegated attestations, which the relayer sends (and pays for) as the issuers signed them.
type DelegationConfig struct {
	// Enabled mounts POST /v1/cred/attestations. Only issuers the city's resolver trusts
	// for a schema are sent for: the relayer pays the gas of no one else.
	Enabled  bool `toml:"enabled"`
	MaxBatch int  `toml:"max_batch"` // attestations per post; 0: MaxBatch
	// DeadlineMarginSeconds: a batch whose signatures lapse sooner than this is refused, as
	// it could lapse before it is mined; 0: DefaultDeadlineMargin.
	DeadlineMarginSeconds uint64 `toml:"deadline_margin_seconds"`
}

// DefaultDeadlineMargin is the least time a posted batch's signatures must still be valid.
const DefaultDeadlineMargin = 30 * time.Second

// Gas of a delegated batch sent behind another of its attester's, which cannot be
// simulated before that one is mined (its nonces would not match yet): a bound above what
// make bench measures for multiAttestByDelegation (the head batch is simulated instead).
const (
	delegatedGasBase = 100_000
	delegatedGasEach = 200_000
	// gasMarginPercent is added to a simulated batch's estimate.
	gasMarginPercent = 25
)

// Reasons of the refusals of POST /v1/cred/attestations.
const (
	ReasonBatchTooLarge    = "batch-too-large"
	ReasonDeadlinePassed   = "deadline-passed"
	ReasonNonceNotNext     = "nonce-not-next"
	ReasonNonceUsed        = "nonce-used"
	ReasonUntrustedIssuer  = "untrusted-issuer"
	ReasonWouldRevert      = "would-revert"
	ReasonNotACredential   = "not-a-credential"
	ReasonUnknownBatch     = "unknown-batch"
	ReasonChainUnreachable = "chain-unreachable"
	ReasonDelegationOff    = "delegation-not-configured"
	ReasonNoRelayerKey     = "no-relayer-key"
)

const (
	attestKind      = "attest" // in the relayer's metrics
	attestPrefix    = "cred/attestations/"
	attestJobPrefix = "cred-attest-"
)

// AttestationBatch is the status of a posted batch (the answer to POST and GET
// /v1/cred/attestations): queued, sent, mined, confirmed (with the attestations' UIDs, in
// the order of the requests) or failed (with the reason).
type AttestationBatch struct {
	ID         common.Hash    `json:"id"`
	Schema     common.Hash    `json:"schema"`
	Attester   common.Address `json:"attester"`
	FirstNonce uint64         `json:"firstNonce"`
	Count      int            `json:"count"`
	Status     string         `json:"status"`
	Reason     string         `json:"reason,omitempty"`
	TxHash     common.Hash    `json:"txHash,omitempty"`
	Block      uint64         `json:"block,omitempty"`
	UIDs       []common.Hash  `json:"uids,omitempty"`
	Accepted   time.Time      `json:"accepted"`
	// Duplicate: this post was the same signed batch as an earlier one; nothing more is
	// attested, the status is the earlier post's.
	Duplicate bool `json:"duplicate,omitempty"`
}

// Final reports whether the batch will change no more.
func (b *AttestationBatch) Final() bool {
	return b.Status == plugin.StatusConfirmed || b.Status == plugin.StatusFailed
}

// attestRecord is a posted batch as journaled: its status and what resends it.
type attestRecord struct {
	AttestationBatch
	Data []byte         `json:"data"` // the multiAttestByDelegation call
	Gas  uint64         `json:"gas"`
	Pin  common.Address `json:"pin"`
	Seq  uint64         `json:"seq"`
	Job  string         `json:"job"`
	Try  int            `json:"try"` // posts of the batch after it failed, for a fresh job ID
}

func (r *attestRecord) Key() common.Hash   { return r.ID }
func (r *attestRecord) JournalKey() string { return attestPrefix + r.ID.Hex() }
func (r *attestRecord) InJob() string      { return r.Job }
func (r *attestRecord) SetJob(job string)  { r.Job = job }
func (r *attestRecord) Order() uint64      { return r.Seq }
func (r *attestRecord) Clone() any {
	c := *r
	c.UIDs = append([]common.Hash(nil), r.UIDs...)
	return &c
}
func (r *attestRecord) Final() bool      { return r.AttestationBatch.Final() }
func (r *attestRecord) endNonce() uint64 { return r.FirstNonce + uint64(r.Count) }

// attestations are the posted batches, and the lock under which a post's nonce is checked
// against its attester's open batches and journaled.
type attestations struct {
	post sync.Mutex
	*records.Store[common.Hash, *attestRecord]
}

func loadAttestations(j *journal.Journal) (*attestations, error) {
	st, err := records.Load[common.Hash](j, attestPrefix, records.DecodeJSON[attestRecord])
	return &attestations{Store: st}, err
}

// lastOpen is the attester's open batch with the highest nonces, nil if none.
func (a *attestations) lastOpen(attester common.Address) *attestRecord {
	a.Mu.Lock()
	defer a.Mu.Unlock()
	var last *attestRecord
	for _, r := range a.Open {
		if r.Attester == attester && r.Status != plugin.StatusFailed && (last == nil || r.FirstNonce > last.FirstNonce) {
			last = r
		}
	}
	return last
}

func (p *Relayer) delegationOn() *Refusal {
	if !p.cfg.Delegation.Enabled {
		return &Refusal{Status: http.StatusNotFound, Reason: ReasonDelegationOff, Error: "attestation by delegation is not configured on this relayer ([cred.delegation] enabled)"}
	}
	return nil
}

func (p *Relayer) maxBatch() int {
	if p.cfg.Delegation.MaxBatch == 0 {
		return MaxBatch
	}
	return p.cfg.Delegation.MaxBatch
}

func (p *Relayer) deadlineMargin() time.Duration {
	if p.cfg.Delegation.DeadlineMarginSeconds == 0 {
		return DefaultDeadlineMargin
	}
	return time.Duration(p.cfg.Delegation.DeadlineMarginSeconds) * time.Second
}

// pinFor is the hot key that sends every batch of attester: EAS consumes an attester's
// nonces in order, so its batches must be mined in the order they were posted, which one
// key's transaction nonces guarantee. A new attester is spread over the keys by address.
func (p *Relayer) pinFor(attester common.Address) (common.Address, error) {
	if last := p.attests.lastOpen(attester); last != nil {
		return last.Pin, nil
	}
	keys := p.h.Keys()
	if len(keys) == 0 {
		return common.Address{}, errors.New("the relayer has no hot key")
	}
	sort.Slice(keys, func(i, k int) bool { return keys[i].Cmp(keys[k]) < 0 })
	i := new(big.Int).Mod(new(big.Int).SetBytes(attester[:]), big.NewInt(int64(len(keys))))
	return keys[i.Int64()], nil
}

// handleAttest takes a batch of delegated attestations by one issuer: every check that
// can be made before sending is made, in Go and by simulation, and the batch is sent in
// one multiAttestByDelegation transaction from the attester's pinned key. The same signed
// batch posted again answers the first post's status.
func (p *Relayer) handleAttest(w http.ResponseWriter, r *http.Request) {
	if e := p.delegationOn(); e != nil {
		p.refuse(w, attestKind, e)
		return
	}
	var b DelegatedBatch
	if e := decodeBody(w, r, &b); e != nil {
		p.refuse(w, attestKind, e)
		return
	}
	st, created, e := p.acceptBatch(r.Context(), &b)
	if e != nil {
		p.refuse(w, attestKind, e)
		return
	}
	code := http.StatusOK
	if created {
		code = http.StatusAccepted
		p.h.Metrics.Accepted(attestKind, st.Count)
	}
	plugin.WriteJSON(w, code, st)
}

func (p *Relayer) acceptBatch(ctx context.Context, b *DelegatedBatch) (*AttestationBatch, bool, *Refusal) {
	switch n := len(b.Requests); {
	case n == 0:
		return nil, false, bad("no requests: a batch holds 1 to %d signed attestations", p.maxBatch())
	case n > p.maxBatch():
		return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: ReasonBatchTooLarge,
			Error: fmt.Sprintf("%d attestations in one batch; this relayer takes at most %d: sign smaller batches", n, p.maxBatch())}
	}
	id, data, err := b.ID()
	if err != nil {
		return nil, false, bad("the batch cannot be encoded: %v", err)
	}
	p.attests.post.Lock()
	defer p.attests.post.Unlock()
	old, seen := p.attests.Get(id)
	if seen && old.Status != plugin.StatusFailed {
		st := old.AttestationBatch
		st.Duplicate = true
		return &st, false, nil
	}
	now := p.now()
	if b.Deadline != 0 && time.Unix(int64(b.Deadline), 0).Before(now.Add(p.deadlineMargin())) {
		return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: ReasonDeadlinePassed,
			Error: fmt.Sprintf("the signatures' deadline %s is past or less than %s away: sign the batch again with a later deadline",
				time.Unix(int64(b.Deadline), 0).UTC().Format(time.RFC3339), p.deadlineMargin())}
	}
	if err := b.Verify(p.domain); err != nil {
		reason := ReasonBadSignature
		if errors.Is(err, ErrDelegatedNonce) {
			reason = ReasonNonceNotNext
		}
		return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: reason, Error: err.Error()}
	}
	for i, q := range b.Requests {
		// The resolver's rules, checked here too for a batch queued behind another.
		switch {
		case q.Recipient == (common.Address{}):
			return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: ReasonNotACredential, Error: fmt.Sprintf("requests[%d] names no holder (recipient)", i)}
		case q.ExpirationTime <= uint64(now.Unix()):
			return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: ReasonNotACredential, Error: fmt.Sprintf("requests[%d] has no expiry, or one already past", i)}
		}
	}
	trusted, err := p.verifier.Chain.Trusted(ctx, b.Schema, b.Attester)
	if err != nil {
		return nil, false, p.unreachable("trust list", err)
	}
	if !trusted {
		return nil, false, &Refusal{Status: http.StatusForbidden, Reason: ReasonUntrustedIssuer,
			Error: fmt.Sprintf("%s is not trusted by the city to issue schema %s (seoulchain cred issuer list --schema …): the relayer pays for trusted issuers only", b.Attester.Hex(), b.Schema.Hex())}
	}
	chainNonce, err := NextNonce(ctx, p.h.Chain, p.domain.EAS, b.Attester)
	if err != nil {
		return nil, false, p.unreachable("nonce", err)
	}
	next, last := chainNonce, p.attests.lastOpen(b.Attester)
	if last != nil {
		next = max(next, last.endNonce())
	}
	switch first := b.FirstNonce(); {
	case first < chainNonce:
		return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: ReasonNonceUsed,
			Error: fmt.Sprintf("nonce %d of %s was already used on EAS (its next is %d): sign the batch again from nonce %d", first, b.Attester.Hex(), chainNonce, next)}
	case first != next:
		return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: ReasonNonceNotNext,
			Error: fmt.Sprintf("the batch starts at nonce %d; the next of %s is %d (EAS's, after the batches this relayer holds): sign the batch again from nonce %d", first, b.Attester.Hex(), next, next)}
	}
	pin, err := p.pinFor(b.Attester)
	if err != nil {
		return nil, false, &Refusal{Status: http.StatusServiceUnavailable, Reason: ReasonNoRelayerKey, Error: err.Error()}
	}
	gas := uint64(delegatedGasBase + delegatedGasEach*len(b.Requests))
	if last == nil {
		est, err := p.h.Chain.EstimateGas(ctx, ethereum.CallMsg{From: pin, To: &p.domain.EAS, Data: data})
		if rev, ok := abidecode.RevertFromError(err, easABI(), resolverABI()); ok {
			return nil, false, &Refusal{Status: http.StatusBadRequest, Reason: ReasonWouldRevert, Error: "EAS would refuse the batch: " + rev.Error()}
		}
		if err != nil {
			return nil, false, p.unreachable("simulation", err)
		}
		gas = feepolicy.WithMargin(est, gasMarginPercent)
	}
	rec := &attestRecord{AttestationBatch: AttestationBatch{ID: id, Schema: b.Schema, Attester: b.Attester, FirstNonce: b.FirstNonce(),
		Count: len(b.Requests), Status: plugin.StatusQueued, Accepted: now.UTC()}, Data: data, Gas: gas, Pin: pin}
	rec.Job = attestJobPrefix + id.Hex()
	if seen {
		rec.Try = old.Try + 1
		rec.Job = fmt.Sprintf("%s/%d", rec.Job, rec.Try+1)
	}
	p.attests.Mu.Lock()
	rec.Seq = p.attests.Seq + 1
	p.attests.Mu.Unlock()
	// Journaled with its job before the job is submitted: after a crash between the two,
	// Resubmit sends the same job.
	if err := p.attests.Save([]*attestRecord{rec}); err != nil {
		return nil, false, &Refusal{Status: http.StatusInternalServerError, Reason: "internal", Error: "cannot journal the batch: " + err.Error()}
	}
	p.attests.Mu.Lock()
	p.attests.Seq = rec.Seq
	p.attests.PutLocked(rec)
	p.attests.Mu.Unlock()
	if err := p.submitBatch(rec); err != nil {
		p.h.Log.Error("Cannot queue a delegated attestation batch; it is sent at the next start", "batch", id.Hex(), "err", err)
	}
	st := rec.AttestationBatch
	return &st, true, nil
}

func (p *Relayer) unreachable(what string, err error) *Refusal {
	p.h.Log.Warn("delegated attestations: chain read failed", "what", what, "err", err)
	return &Refusal{Status: http.StatusBadGateway, Reason: ReasonChainUnreachable, Error: "the chain could not be read (" + what + "); try again"}
}

func (p *Relayer) submitBatch(rec *attestRecord) error {
	_, _, err := p.h.Submit(txmgr.Request{ID: rec.Job, To: p.domain.EAS, Data: rec.Data, Gas: rec.Gas, Pin: rec.Pin})
	return err
}

// handleAttestStatus answers GET /v1/cred/attestations/{id}.
func (p *Relayer) handleAttestStatus(w http.ResponseWriter, r *http.Request) {
	if e := p.delegationOn(); e != nil {
		p.refuse(w, attestKind, e)
		return
	}
	raw := r.PathValue("id")
	if len(raw) != 66 || raw[:2] != "0x" {
		p.refuse(w, attestKind, bad("batch ID %q: 32 bytes of hex, as POST /v1/cred/attestations answered", raw))
		return
	}
	rec, ok := p.attests.Get(common.HexToHash(raw))
	if !ok {
		p.refuse(w, attestKind, &Refusal{Status: http.StatusNotFound, Reason: ReasonUnknownBatch, Error: "no batch " + raw + " was posted to this relayer"})
		return
	}
	plugin.WriteJSON(w, http.StatusOK, rec.AttestationBatch)
}

// attestJobUpdated carries a job's progress to its batch; a confirmed job's Attested
// events by the batch's attester are its UIDs, in the order of the requests.
func (p *Relayer) attestJobUpdated(j txmgr.Job) error {
	if p.attests == nil || len(p.attests.OfJob(j.ID)) == 0 {
		return nil
	}
	var uids []common.Hash
	if j.State == txmgr.Confirmed {
		f, _ := eas.NewEASFilterer(common.Address{}, nil)
		for _, l := range j.Logs {
			if ev, err := f.ParseAttested(*l); err == nil && l.Address == p.domain.EAS {
				uids = append(uids, ev.Uid)
			}
		}
	}
	status := plugin.JobStatus(j.State)
	err := p.attests.Update(j.ID, func(r *attestRecord) {
		r.Status, r.TxHash, r.Block = status, j.TxHash, j.Block
		switch {
		case j.State == txmgr.Failed:
			r.Reason = plugin.FailureReason(j)
		case j.State == txmgr.Confirmed:
			r.UIDs = uids
			if len(uids) != r.Count {
				p.h.Log.Error("Delegated batch confirmed with another number of attestations", "batch", r.ID.Hex(), "want", r.Count, "got", len(uids))
			}
			p.h.Metrics.Latency(attestKind, time.Since(r.Accepted))
		}
	})
	if err != nil {
		return fmt.Errorf("journal the outcome of delegated batch job %s: %w", j.ID, err)
	}
	return nil
}

// attestResubmit sends again a batch's job the manager never journaled.
func (p *Relayer) attestResubmit(job string) error {
	if p.attests == nil {
		return nil
	}
	for _, r := range p.attests.OfJob(job) {
		return p.submitBatch(r)
	}
	return nil
}
