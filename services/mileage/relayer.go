package mileage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/problems"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/relayer/records"
	"github.com/seoulchain/seoulchain/services/internal/bearer"
)

// StatusAlreadyCredited: the contract had credited the record before (by another route, or
// an earlier batch); nothing was credited twice.
const StatusAlreadyCredited = "already-credited"

// maxCreditsPerPost bounds one POST; a larger file is posted in parts.
const maxCreditsPerPost = 10_000

// RelayerConfig is the [mileage] table of the relayer's configuration. Its keys were once
// top-level (issuers, credit_batch) and are still read there.
type RelayerConfig struct {
	// Issuers are the back-office systems allowed to post credits.
	Issuers     []Issuer `toml:"issuers"`
	CreditBatch int      `toml:"credit_batch"` // credits per creditBatch transaction
}

// Issuer is one back-office system: its bearer token is never stored, only its SHA-256.
type Issuer struct {
	Name      string `toml:"name"`
	TokenHash string `toml:"token_sha256"` // hex SHA-256 of the bearer token (plugin.HashToken)
	Program   uint32 `toml:"program"`      // the S-Coin program it credits
}

// Relayer is the mileage plug-in of the relayer: back-office systems post credits
// (POST /v1/mileage/credits), which go out in S-Coin creditBatch transactions exactly once.
//
// Credits are exactly once per (program, issuer, record ID), the key S-Coin uses, and the
// issuer is the sending key: so every credit of a program is sent from one hot key, the
// lowest-address hot key that is an issuer of the program (PinnedIssuer), and its jobs are
// pinned to that key in txmgr so no other key sends them, also on a resend. A CreditSkipped
// event counts only when it names that key.
type Relayer struct {
	cfg     RelayerConfig
	scoin   common.Address
	h       plugin.Host
	credits *creditStore
}

// NewRelayer is the plug-in, unconfigured.
func NewRelayer() *Relayer { return &Relayer{} }

// Name is the plug-in's routes' prefix and its TOML table.
func (p *Relayer) Name() string { return "mileage" }

// LegacyKeys are the top-level keys of older relayer files that are now [mileage]'s.
func (p *Relayer) LegacyKeys() []string { return []string{"issuers", "credit_batch"} }

// DefaultAllow lets citizens pay and move S-Coin through the forwarder.
func (p *Relayer) DefaultAllow() map[string][]string {
	return map[string][]string{deploy.SCoin: {"transfer", "pay", "cancelRecovery"}}
}

// Configure reads [mileage] (and the legacy top-level keys) and checks the issuers.
func (p *Relayer) Configure(c plugin.Config) error {
	if err := c.Section.Decode(&p.cfg); err != nil {
		return err
	}
	if p.cfg.CreditBatch == 0 {
		p.cfg.CreditBatch = DefaultCreditBatch
	}
	if err := CheckBatchSize(p.cfg.CreditBatch); err != nil {
		return fmt.Errorf("credit_batch: %w", err)
	}
	seen := map[string]string{}
	for i, is := range p.cfg.Issuers {
		if is.Name == "" || is.Program == 0 {
			return fmt.Errorf("issuers[%d]: name and program are required", i)
		}
		h, err := plugin.CheckTokenHash(is.TokenHash)
		if err != nil {
			return fmt.Errorf("issuers[%d] (%s): %w", i, is.Name, err)
		}
		if other, ok := seen[string(h)]; ok {
			return fmt.Errorf("issuers %s and %s have the same token", other, is.Name)
		}
		seen[string(h)] = is.Name
	}
	addr, ok := c.Contracts[deploy.SCoin]
	if !ok && len(p.cfg.Issuers) > 0 {
		return fmt.Errorf("issuer %s credits S-Coin, whose address is not known", p.cfg.Issuers[0].Name)
	}
	p.scoin = addr
	return nil
}

// Start loads the journaled credits.
func (p *Relayer) Start(_ context.Context, h plugin.Host) error {
	p.h = h
	var err error
	p.credits, err = loadCredits(h.Journal)
	return err
}

// Routes are the back-office API.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{
		{Method: "POST", Path: "/credits", Label: "credits", Handler: p.handleCredits},
		{Method: "GET", Path: "/credits/{record}", Label: "credit_status", Handler: p.handleCreditStatus},
	}
}

// Ready checks that each configured program has a hot key that is its issuer: its credits
// are pinned to the lowest such key. An inactive program is the city's decision, not a
// fault of the relayer.
func (p *Relayer) Ready(ctx context.Context) []plugin.Check {
	if len(p.cfg.Issuers) == 0 {
		return nil
	}
	check := func() error {
		v, err := p.caller()
		if err != nil {
			return err
		}
		for _, is := range p.cfg.Issuers {
			if _, _, err := p.programKey(ctx, v, is.Program); err != nil && !errors.Is(err, ErrProgramInactive) {
				return fmt.Errorf("issuer %s: %w", is.Name, err)
			}
		}
		return nil
	}
	if err := check(); err != nil {
		return []plugin.Check{{Name: "issuers", Detail: err.Error()}}
	}
	return []plugin.Check{{Name: "issuers", OK: true,
		Detail: "every configured program has a hot key that is its issuer (its credits are sent from the lowest such key)"}}
}

func (p *Relayer) caller() (*scoin.SCoinCaller, error) {
	return scoin.NewSCoinCaller(p.scoin, p.h.Chain)
}

// programKey checks that program exists and is active, and returns it and the hot key its
// credits are pinned to (PinnedIssuer).
func (p *Relayer) programKey(ctx context.Context, v *scoin.SCoinCaller, program uint32) (*Program, common.Address, error) {
	prog, err := CheckProgram(ctx, v, program)
	if err != nil {
		return prog, common.Address{}, err
	}
	key, err := PinnedIssuer(ctx, v, program, p.h.Keys())
	return prog, key, err
}

// creditKey is the hot key that sends every credit of program: the lowest-address hot key
// that is an issuer of the program (PinnedIssuer), the same at every start.
func (p *Relayer) creditKey(program uint32) (common.Address, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	v, err := p.caller()
	if err != nil {
		return common.Address{}, err
	}
	return PinnedIssuer(ctx, v, program, p.h.Keys())
}

type creditRecord struct {
	Program  uint32         `json:"program"`
	RecordID uint64         `json:"recordId"`
	Citizen  common.Address `json:"citizen"`
	Amount   *big.Int       `json:"amount"`
	Issuer   string         `json:"issuer"`
	Seq      uint64         `json:"seq"`
	Accepted time.Time      `json:"accepted"`
	Job      string         `json:"job,omitempty"`
	Status   string         `json:"status"`
	Reason   string         `json:"reason,omitempty"`
	TxHash   common.Hash    `json:"txHash,omitempty"`
	Block    uint64         `json:"block,omitempty"`
}

type creditKey struct {
	program uint32
	record  uint64
}

// creditPrefix predates plug-ins' own prefixes ("mileage/"): journals written before hold
// their credits under it.
const creditPrefix = "credit/"

func (r *creditRecord) Key() creditKey { return creditKey{r.Program, r.RecordID} }
func (r *creditRecord) JournalKey() string {
	return fmt.Sprintf("%s%010d/%020d", creditPrefix, r.Program, r.RecordID)
}
func (r *creditRecord) InJob() string     { return r.Job }
func (r *creditRecord) SetJob(job string) { r.Job = job }
func (r *creditRecord) Order() uint64     { return r.Seq }
func (r *creditRecord) Clone() any        { c := *r; return &c }
func (r *creditRecord) Final() bool {
	return r.Status == plugin.StatusConfirmed || r.Status == plugin.StatusFailed || r.Status == StatusAlreadyCredited
}

type creditStore struct {
	*records.Store[creditKey, *creditRecord]
}

func loadCredits(j *journal.Journal) (*creditStore, error) {
	st, err := records.Load[creditKey](j, creditPrefix, records.DecodeJSON[creditRecord])
	return &creditStore{st}, err
}

// accept journals the new credits of one post together. A record seen before with the
// same citizen and amount is a duplicate (acknowledged, not credited again); with other
// values it is a conflict and nothing of the post is accepted. A record that failed may be
// posted again. check sees the fresh credits and what the program's open credits already
// take, under the lock, so two posts cannot both pass a check that only one fits.
func (st *creditStore) accept(issuer Issuer, credits []Credit, check func(fresh []Credit, queued *big.Int) error) (accepted, duplicates int, conflicts []string, err error) {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	var fresh []*creditRecord
	var freshCredits []Credit
	now := time.Now().UTC()
	for _, c := range credits {
		k := creditKey{issuer.Program, c.RecordID}
		if old, ok := st.All[k]; ok && old.Status != plugin.StatusFailed {
			if old.Citizen != c.Citizen || old.Amount.Cmp(c.Amount) != 0 {
				conflicts = append(conflicts, fmt.Sprintf("record %d was accepted for %s S-Coin to %s; this post has %s to %s",
					c.RecordID, old.Amount, old.Citizen.Hex(), c.Amount, c.Citizen.Hex()))
			}
			duplicates++
			continue
		}
		fresh = append(fresh, &creditRecord{Program: issuer.Program, RecordID: c.RecordID, Citizen: c.Citizen, Amount: c.Amount,
			Issuer: issuer.Name, Accepted: now, Status: plugin.StatusQueued})
		freshCredits = append(freshCredits, c)
	}
	if len(conflicts) > 0 {
		return 0, 0, conflicts, nil
	}
	if check != nil && len(fresh) > 0 {
		queued := new(big.Int)
		for _, r := range st.Open {
			if r.Program == issuer.Program && (r.Status == plugin.StatusQueued || r.Status == plugin.StatusSent) {
				queued.Add(queued, r.Amount)
			}
		}
		if err := check(freshCredits, queued); err != nil {
			return 0, 0, nil, err
		}
	}
	b := &journal.Batch{}
	for i, r := range fresh {
		r.Seq = st.Seq + uint64(i) + 1
		b.Put(r.JournalKey(), r)
	}
	if err := st.J.Write(b); err != nil {
		return 0, 0, nil, err
	}
	st.Seq += uint64(len(fresh))
	st.PutLocked(fresh...)
	return len(fresh), duplicates, nil, nil
}

// unassigned returns queued credits not in a job, by program, oldest first.
func (st *creditStore) unassigned() map[uint32][]*creditRecord {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	out := map[uint32][]*creditRecord{}
	for _, r := range st.Open {
		if r.Job == "" && r.Status == plugin.StatusQueued {
			out[r.Program] = append(out[r.Program], r)
		}
	}
	for _, l := range out {
		sort.Slice(l, func(i, k int) bool { return l[i].Seq < l[k].Seq })
	}
	return out
}

// issuer authenticates a bearer token against the configured hashes; refuse answers the
// 401.
func (p *Relayer) issuer(w http.ResponseWriter, r *http.Request, refuse func(w http.ResponseWriter, status int, msg string), msg string) (Issuer, bool) {
	return bearer.Require(w, r, p.cfg.Issuers, func(is Issuer) string { return is.TokenHash }, refuse, msg)
}

func (p *Relayer) refuse(w http.ResponseWriter, e *plugin.Error) {
	p.h.Metrics.Refused("credit", e.Status)
	plugin.WriteJSON(w, e.Status, e)
}

func (p *Relayer) handleCredits(w http.ResponseWriter, r *http.Request) {
	is, ok := p.issuer(w, r, func(w http.ResponseWriter, status int, msg string) {
		p.refuse(w, &plugin.Error{Status: status, Error: msg})
	}, "a valid issuing system's bearer token is required (Authorization: Bearer …)")
	if !ok {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 8<<20))
	if err != nil {
		p.refuse(w, &plugin.Error{Status: http.StatusRequestEntityTooLarge, Error: "body over 8 MiB: post the credits in parts"})
		return
	}
	credits, problemList := parseCreditBody(r.Header.Get("Content-Type"), body)
	if problemList != nil {
		plugin.WriteJSON(w, http.StatusBadRequest, map[string]any{"error": fmt.Sprintf("%d problem(s) in the credits; nothing accepted", len(problemList.Problems)),
			"problems": problemList.Problems})
		p.h.Metrics.Refused("credit", http.StatusBadRequest)
		return
	}
	if len(credits) > maxCreditsPerPost {
		p.refuse(w, &plugin.Error{Status: http.StatusBadRequest, Error: fmt.Sprintf("%d credits in one post; at most %d: post the rest in further posts", len(credits), maxCreditsPerPost)})
		return
	}
	prog, apiErr := p.checkProgram(r.Context(), is, credits)
	if apiErr != nil {
		p.refuse(w, apiErr)
		return
	}
	budget := func(fresh []Credit, queued *big.Int) error { return CheckBudget(prog, Sum(fresh), queued) }
	accepted, dups, conflicts, err := p.credits.accept(is, credits, budget)
	switch {
	case errors.Is(err, ErrOverBudget):
		p.refuse(w, &plugin.Error{Status: http.StatusConflict, Error: err.Error() + "; nothing of this post was accepted"})
		return
	case err != nil:
		p.refuse(w, &plugin.Error{Status: http.StatusInternalServerError, Error: "cannot journal the credits: " + err.Error()})
		return
	}
	if len(conflicts) > 0 {
		p.h.Metrics.Refused("credit", http.StatusConflict)
		plugin.WriteJSON(w, http.StatusConflict, map[string]any{"error": "records already accepted with other values; nothing of this post was accepted", "conflicts": conflicts})
		return
	}
	p.h.Metrics.Accepted("credit", accepted)
	plugin.WriteJSON(w, http.StatusAccepted, map[string]any{"program": is.Program, "accepted": accepted, "duplicates": dups})
}

// wireCredit is one JSON entry of POST /v1/mileage/credits.
type wireCredit struct {
	Citizen  string `json:"citizen"`
	Amount   text   `json:"amount"`
	RecordID text   `json:"recordId"`
}

// text is a JSON string or number, kept as written ("1,500" and 1500 both work).
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = text(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("%s is neither a string nor a number", string(b))
	}
	*t = text(n.String())
	return nil
}

// parseCreditBody reads JSON ({"credits": [{citizen, amount, recordId}]}) or CSV (the
// columns of `seoulchain mileage credit --csv`), every problem with its place: a line of
// the CSV, an index of the JSON entries.
func parseCreditBody(contentType string, body []byte) ([]Credit, *problems.FileError) {
	asFileError := func(err error) *problems.FileError {
		var fe *problems.FileError
		if errors.As(err, &fe) {
			return fe
		}
		return &problems.FileError{File: "body", Problems: []problems.Problem{{Where: "body", What: err.Error()}}}
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt == "text/csv" {
		credits, err := ParseCredits("body", body)
		if err != nil {
			return nil, asFileError(err)
		}
		return credits, nil
	}
	var in struct {
		Credits []wireCredit `json:"credits"`
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		ps := &problems.List{File: "body", Kind: ErrCreditFile}
		ps.Add("body", `%v (want {"credits": [{"citizen": "0x…", "amount": "1000", "recordId": 17}]} or text/csv)`, err)
		return nil, asFileError(ps.Err())
	}
	entries := make([]CreditEntry, len(in.Credits))
	for i, c := range in.Credits {
		entries[i] = CreditEntry{Citizen: c.Citizen, Amount: string(c.Amount), RecordID: string(c.RecordID)}
	}
	credits, err := ParseCreditEntries("body", entries)
	if err != nil {
		return nil, asFileError(err)
	}
	return credits, nil
}

// checkProgram refuses credits the contract would refuse for the whole batch: an unknown or
// inactive program, no hot key that is its issuer, a merchant as citizen. It returns the
// program, whose remaining budget the intake checks next.
func (p *Relayer) checkProgram(ctx context.Context, is Issuer, credits []Credit) (*Program, *plugin.Error) {
	v, err := p.caller()
	if err != nil {
		return nil, &plugin.Error{Status: http.StatusInternalServerError, Error: err.Error()}
	}
	prog, _, err := p.programKey(ctx, v, is.Program)
	switch {
	case errors.Is(err, ErrProgramInactive):
		return nil, &plugin.Error{Status: http.StatusConflict, Error: err.Error()}
	case errors.Is(err, ErrNoProgram), errors.Is(err, ErrNotIssuer):
		return nil, &plugin.Error{Status: http.StatusServiceUnavailable, Error: fmt.Sprintf("issuer %s: %v (the relayer's configuration or keys)", is.Name, err)}
	case err != nil:
		return nil, &plugin.Error{Status: http.StatusServiceUnavailable, Error: err.Error()}
	}
	toMerchants, err := ToMerchants(ctx, v, credits)
	if err != nil {
		return nil, &plugin.Error{Status: http.StatusServiceUnavailable, Error: err.Error()}
	}
	var bad []string
	for _, i := range toMerchants {
		bad = append(bad, fmt.Sprintf("credits[%d]: %s is a merchant; merchants cannot be credited", i, credits[i].Citizen.Hex()))
	}
	if len(bad) > 0 {
		return nil, &plugin.Error{Status: http.StatusBadRequest, Error: strings.Join(bad, "; ")}
	}
	return prog, nil
}

func (p *Relayer) handleCreditStatus(w http.ResponseWriter, r *http.Request) {
	// A status read is not counted as a refused credit.
	is, ok := p.issuer(w, r, func(w http.ResponseWriter, status int, msg string) {
		plugin.WriteJSON(w, status, plugin.Error{Error: msg})
	}, "a valid issuing system's bearer token is required")
	if !ok {
		return
	}
	rec, err := ParseRecordID(r.PathValue("record"))
	if err != nil {
		plugin.WriteJSON(w, http.StatusBadRequest, plugin.Error{Error: err.Error()})
		return
	}
	c, ok := p.credits.Get(creditKey{is.Program, rec})
	if !ok {
		plugin.WriteJSON(w, http.StatusNotFound, plugin.Error{Error: fmt.Sprintf("record %d of program %d was never posted to this relayer", rec, is.Program)})
		return
	}
	out := map[string]any{"program": c.Program, "recordId": c.RecordID, "citizen": c.Citizen, "amount": c.Amount.String(),
		"status": c.Status, "accepted": c.Accepted}
	if c.Reason != "" {
		out["reason"] = c.Reason
	}
	if c.TxHash != (common.Hash{}) {
		out["txHash"], out["block"] = c.TxHash, c.Block
	}
	plugin.WriteJSON(w, http.StatusOK, out)
}

// Tick sends the credits accepted since the last tick, a program's from its pinned key, in
// jobs cut by the platform's bulk rules (CreditBatches: whole batches fill a block,
// calldata under geth's transaction size limit) and at most credit_batch credits each.
func (p *Relayer) Tick(ctx context.Context) {
	unassigned := p.credits.unassigned()
	if len(unassigned) == 0 {
		return
	}
	head, err := p.h.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		p.h.Log.Warn("Credits wait: cannot read the block gas limit", "err", err)
		return
	}
	for program, recs := range unassigned {
		// Checked before the records are assigned: with no key to send them they stay queued.
		if _, err := p.creditKey(program); err != nil {
			p.h.Log.Warn("Credits wait: no hot key may credit their program", "program", program, "credits", len(recs), "err", err)
			continue
		}
		credits := make([]Credit, len(recs))
		for i, r := range recs {
			credits[i] = Credit{Citizen: r.Citizen, Amount: r.Amount, RecordID: r.RecordID}
		}
		batches, err := CreditBatches(program, credits, head.GasLimit, p.cfg.CreditBatch)
		if err != nil {
			p.h.Log.Error("Cannot batch credits", "err", err)
			return
		}
		for _, b := range batches {
			chunk := recs[:len(b)]
			recs = recs[len(b):]
			// The acceptance sequence makes the ID new when a failed credit is posted again
			// (a re-post gets a new Seq): the old failed job is not found instead.
			job := fmt.Sprintf("credits-%d-%d-%d", program, chunk[0].RecordID, chunk[0].Seq)
			if err := p.credits.Assign(chunk, job); err != nil {
				p.h.Log.Error("Cannot batch credits", "err", err)
				return
			}
			if err := p.submit(job, program, chunk); err != nil {
				p.h.Log.Error("Cannot batch credits", "err", err)
				return
			}
		}
	}
}

// revertedSplit marks the jobs of halves of a batch that reverted on chain: those are
// estimated before they are sent, so a failing record is reported with the contract's
// decoded reason.
const revertedSplit = "/r"

// submit sends a program's credits from the program's pinned key (creditKey), never from
// whichever key is free: S-Coin keys records by issuer, so only credits from one key find
// a record that key credited before and skip it. A batch's gas limit is CreditBatchGas:
// an estimate of each batch (executing up to 30M gas several times on the node, one batch
// after another on the program's key) was most of the route's time; a batch that reverts
// anyway (the budget was checked at acceptance) goes again in estimated halves.
func (p *Relayer) submit(job string, program uint32, chunk []*creditRecord) error {
	entries := make([]scoin.SCoinCredit, len(chunk))
	for i, r := range chunk {
		entries[i] = scoin.SCoinCredit{Citizen: r.Citizen, Amount: r.Amount, RecordId: r.RecordID}
	}
	data, err := p.h.ABIs[deploy.SCoin].Pack("creditBatch", program, entries)
	if err != nil {
		return fmt.Errorf("job %s: %w", job, err)
	}
	key, err := p.creditKey(program)
	if err != nil {
		return fmt.Errorf("job %s: %w", job, err)
	}
	var gas uint64
	if !strings.Contains(job, revertedSplit) {
		gas = CreditBatchGas(len(chunk))
	}
	_, _, err = p.h.Submit(txmgr.Request{ID: job, To: p.scoin, Data: data, Pin: key, Gas: gas})
	return err
}

// Jobs are the jobs of credits not yet final.
func (p *Relayer) Jobs() []string {
	var out []string
	for job := range p.credits.OpenJobs() {
		out = append(out, job)
	}
	return out
}

// Resubmit sends again a job the credits name and the manager never journaled.
func (p *Relayer) Resubmit(job string) error {
	recs := p.credits.OfJob(job)
	if len(recs) == 0 {
		return nil
	}
	return p.submit(job, recs[0].Program, recs)
}

// JobUpdated carries a job's progress to its credits; a confirmed job's CreditSkipped
// events from its key mark the records the contract had credited before.
func (p *Relayer) JobUpdated(j txmgr.Job) error {
	if len(p.credits.OfJob(j.ID)) == 0 {
		return nil
	}
	skipped := map[uint64]bool{} // of the job's key: the issuer whose records these are
	if j.State == txmgr.Confirmed {
		f, _ := scoin.NewSCoinFilterer(common.Address{}, nil)
		for _, l := range j.Logs {
			if ev, err := f.ParseCreditSkipped(*l); err == nil && l.Address == p.scoin && ev.Issuer == j.Key {
				skipped[ev.RecordId] = true
			}
		}
	}
	reverted := j.State == txmgr.Failed && j.Code == txmgr.CodeReverted && !strings.Contains(j.ID, revertedSplit)
	if recs := p.credits.OfJob(j.ID); j.State == txmgr.Failed && (txmgr.Splittable(j.Code) || reverted) && len(recs) > 1 {
		// Too large for the node (bytes, gas, fee), or reverted whole without an estimate:
		// the credits go again in halves.
		half := len(recs) / 2
		for i, part := range [][]*creditRecord{recs[:half], recs[half:]} {
			job := fmt.Sprintf("%s/%d", j.ID, i+1)
			if reverted {
				job = fmt.Sprintf("%s%s%d", j.ID, revertedSplit, i+1)
			}
			if err := p.credits.Assign(part, job); err != nil {
				return err
			}
			if err := p.submit(job, part[0].Program, part); err != nil {
				return err
			}
		}
		p.h.Log.Warn("Credit batch the node cannot take split in two", "job", j.ID, "credits", len(recs), "code", j.Code)
		return nil
	}
	status := plugin.JobStatus(j.State)
	err := p.credits.Update(j.ID, func(r *creditRecord) {
		r.Status, r.TxHash, r.Block = status, j.TxHash, j.Block
		switch {
		case j.State == txmgr.Failed:
			r.Reason = plugin.FailureReason(j)
		case j.State == txmgr.Confirmed && skipped[r.RecordID]:
			r.Status = StatusAlreadyCredited
		case j.State == txmgr.Confirmed:
			p.h.Metrics.Latency("credit", time.Since(r.Accepted))
		}
	})
	if err != nil {
		return fmt.Errorf("journal credit outcomes of job %s: %w", j.ID, err)
	}
	return nil
}
