package fund

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
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/problems"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/relayer/records"
	"github.com/seoulchain/seoulchain/services/internal/bearer"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/krw"
)

// StatusAlreadyRecorded: the ledger had the donation under its receipt before (another
// route, an earlier batch); it was skipped, not recorded twice.
const StatusAlreadyRecorded = "already-recorded"

// maxDonationsPerPost bounds one POST (a body of about 1 MB); a larger file goes in parts.
const maxDonationsPerPost = 10_000

// syncEvery spaces the Follower's reads of new ledger events from Tick. A read route
// syncs first, always (readFresh 0): with no new block that is two header reads, and the
// answer then shows every block up to the head, as `fund report` does.
const (
	syncEvery = 2 * time.Second
	readFresh = 0
)

// RelayerConfig is the [funds] table of the relayer's TOML.
type RelayerConfig struct {
	Collectors []Collector `toml:"collectors"`
	// DonationBatch caps the donations of one donateBatch (default: as many as let whole
	// batches fill a block, DonationsPerBatchAt).
	DonationBatch int `toml:"donation_batch"`
}

// Collector is a collecting system (a charity's, the city's) allowed to post donations to
// its campaigns. Its bearer token is never stored, only its SHA-256.
type Collector struct {
	Name      string   `toml:"name"`
	TokenHash string   `toml:"token_sha256"`
	Funds     []uint64 `toml:"funds"` // the campaigns it posts to
	// Payer is the relayer's hot key that pays the collector's donations in: donateBatch
	// takes the KRW from its sender, so the collected money is minted (or sent) to this key.
	// The plug-in allows the ledger to take it (one approve, sent by the plug-in). Each of
	// Funds registers it as a collector ('fund collector add', its supervisor's), or the
	// ledger refuses its donations (FundNotCollector). Default: the relayer's first key.
	Payer string `toml:"payer"`
}

// Relayer is the fund plug-in of the relayer:
//
//   - GET /v1/funds/{id} is fund ID's report (the same JSON as `fund report --json`), and
//     GET /v1/funds/{id}/trace/{receipt} where a gift went (`fund trace --json`): public,
//     for the transparency page at /funds/{id}.
//   - POST /v1/funds/{id}/donations takes a collecting system's donations (JSON or the
//     CSV of `fund donate --csv`), exactly once by receipt, and sends them in donateBatch
//     transactions from the collector's payer key; GET /v1/funds/{id}/donations/{receipt}
//     is one donation's status, for the collector.
//
// The reads come from books kept current by a Follower: the ledger's events are read once
// at start, then only the new blocks' (every syncEvery from Tick, and before each read). A request costs the report of one fund (its lines) or
// one trace (a walk over its fund's inflows and spends), never a replay from genesis.
type Relayer struct {
	cfg    RelayerConfig
	ledger common.Address
	token  common.Address
	h      plugin.Host
	books  *Follower
	store  *donationStore

	mu        sync.Mutex
	synced    time.Time                 // the last Sync
	head      uint64                    // the block it read to
	approving map[common.Address]string // payer → its approve job not yet final
}

// Plugin builds the plug-in, for services.All.
func Plugin() plugin.Plugin { return NewRelayer() }

// NewRelayer is a plug-in waiting for Configure.
func NewRelayer() *Relayer { return &Relayer{approving: map[common.Address]string{}} }

var (
	_ plugin.Plugin = (*Relayer)(nil)
)

// Name is the plug-in's HTTP prefix (/v1/funds/) and TOML table ([funds]).
func (p *Relayer) Name() string { return "funds" }

// DefaultAllow: citizens call nothing of the ledger through the forwarder.
func (p *Relayer) DefaultAllow() map[string][]string { return nil }

// Configure reads [funds] and checks the collectors.
func (p *Relayer) Configure(c plugin.Config) error {
	if err := c.Section.Decode(&p.cfg); err != nil {
		return err
	}
	if p.cfg.DonationBatch < 0 {
		return fmt.Errorf("donation_batch %d: want a positive number of donations per transaction", p.cfg.DonationBatch)
	}
	seen := map[string]string{}
	for i, col := range p.cfg.Collectors {
		if col.Name == "" || len(col.Funds) == 0 {
			return fmt.Errorf("collectors[%d]: name and funds (the campaigns it posts to) are required", i)
		}
		if col.Payer != "" && !common.IsHexAddress(col.Payer) {
			return fmt.Errorf("collectors[%d] (%s): payer %q: want the address (0x…) of the relayer's key that pays its donations in", i, col.Name, col.Payer)
		}
		h, err := plugin.CheckTokenHash(col.TokenHash)
		if err != nil {
			return fmt.Errorf("collectors[%d] (%s): %w", i, col.Name, err)
		}
		if other, ok := seen[string(h)]; ok {
			return fmt.Errorf("collectors %s and %s have the same token", other, col.Name)
		}
		seen[string(h)] = col.Name
	}
	p.ledger, p.token = c.Contracts[deploy.FundLedger], c.Contracts[deploy.KRWToken]
	if len(p.cfg.Collectors) > 0 && (p.ledger == (common.Address{}) || p.token == (common.Address{})) {
		return errors.New("collectors post to the FundLedger in KRW: both must be in the address book")
	}
	return nil
}

// Start loads the journaled donations, checks that every payer is a hot key, and reads
// the ledger's events once.
func (p *Relayer) Start(ctx context.Context, h plugin.Host) error {
	p.h = h
	var err error
	if p.store, err = loadDonations(h.Journal, h.JournalPrefix+"donation/"); err != nil {
		return err
	}
	for i, col := range p.cfg.Collectors {
		if col.Payer == "" && h.Keys != nil && len(h.Keys()) > 0 {
			p.cfg.Collectors[i].Payer = h.Keys()[0].Hex()
		}
		if payer := common.HexToAddress(p.cfg.Collectors[i].Payer); h.Keys != nil && !slices.Contains(h.Keys(), payer) {
			return fmt.Errorf("collector %s: payer %s is not one of the relayer's keys", col.Name, payer.Hex())
		}
	}
	if p.ledger == (common.Address{}) {
		return nil
	}
	p.books = NewFollower(h.Chain, p.ledger)
	return p.sync(ctx)
}

func (p *Relayer) sync(ctx context.Context) error {
	head, err := p.books.Sync(ctx)
	if err != nil {
		return fmt.Errorf("funds: follow the ledger: %w", err)
	}
	p.mu.Lock()
	p.synced, p.head = time.Now(), head
	p.mu.Unlock()
	return nil
}

// fresh syncs the books when they are older than age.
func (p *Relayer) fresh(ctx context.Context, age time.Duration) error {
	p.mu.Lock()
	stale := time.Since(p.synced) >= age
	p.mu.Unlock()
	if !stale {
		return nil
	}
	return p.sync(ctx)
}

// Routes: the public reads and the collectors' donations.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{
		{Method: "GET", Path: "/{id}", Label: "fund_report", Handler: p.handleReport},
		{Method: "GET", Path: "/{id}/trace/{receipt}", Label: "fund_trace", Handler: p.handleTrace},
		{Method: "POST", Path: "/{id}/donations", Label: "fund_donations", Handler: p.handleDonations},
		{Method: "GET", Path: "/{id}/donations/{receipt}", Label: "fund_donation", Handler: p.handleDonationStatus},
	}
}

func (p *Relayer) refuse(w http.ResponseWriter, status int, msg string) {
	if p.h.Metrics != nil {
		p.h.Metrics.Refused("donation", status)
	}
	plugin.WriteJSON(w, status, &plugin.Error{Status: status, Error: msg})
}

// fundID reads {id}, or answers 400 / 503.
func (p *Relayer) fundID(w http.ResponseWriter, r *http.Request) (uint64, bool) {
	if p.books == nil {
		p.refuse(w, http.StatusServiceUnavailable, "the FundLedger is not in the relayer's address book")
		return 0, false
	}
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil || id == 0 {
		p.refuse(w, http.StatusBadRequest, fmt.Sprintf("fund %q: want a fund number (1, 2, …)", r.PathValue("id")))
		return 0, false
	}
	if err := p.fresh(r.Context(), readFresh); err != nil {
		p.refuse(w, http.StatusServiceUnavailable, err.Error())
		return 0, false
	}
	return id, true
}

func (p *Relayer) handleReport(w http.ResponseWriter, r *http.Request) {
	id, ok := p.fundID(w, r)
	if !ok {
		return
	}
	var rep *Report
	var n int
	p.books.Read(func(b *Books) {
		if f, ok := b.Funds[id]; ok {
			rep = f.Report()
		}
		n = len(b.Funds)
	})
	if rep == nil {
		p.refuse(w, http.StatusNotFound, fmt.Sprintf("no fund %d (the ledger has %d)", id, n))
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	plugin.WriteJSON(w, http.StatusOK, rep)
}

func (p *Relayer) handleTrace(w http.ResponseWriter, r *http.Request) {
	id, ok := p.fundID(w, r)
	if !ok {
		return
	}
	receipt, err := Ref(r.PathValue("receipt"))
	if err != nil {
		p.refuse(w, http.StatusBadRequest, "receipt: "+err.Error())
		return
	}
	var tr *Trace
	p.books.Read(func(b *Books) { tr, err = b.Trace(id, receipt) })
	switch {
	case errors.Is(err, ErrUnknownReceipt):
		p.refuse(w, http.StatusNotFound, err.Error()+" (a donation just posted shows once it is mined)")
		return
	case err != nil:
		p.refuse(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	plugin.WriteJSON(w, http.StatusOK, tr)
}

// authorized answers 401 or 403 unless the request carries the token of a collector of
// fund id.
func (p *Relayer) authorized(w http.ResponseWriter, r *http.Request, id uint64) (Collector, bool) {
	col, ok := bearer.Require(w, r, p.cfg.Collectors, func(c Collector) string { return c.TokenHash },
		p.refuse, "a collecting system's bearer token is required (Authorization: Bearer …)")
	if !ok {
		return col, false
	}
	if !slices.Contains(col.Funds, id) {
		p.refuse(w, http.StatusForbidden, fmt.Sprintf("collector %s does not post to fund %d (its funds: %v; the relayer's [funds] configuration)", col.Name, id, col.Funds))
		return col, false
	}
	return col, true
}

// DonationsBody is POST /v1/funds/{id}/donations as JSON (text/csv takes the lines of
// `fund donate --csv`).
type DonationsBody struct {
	Donations []WireDonation `json:"donations"`
}

// WireDonation is one donation: the receipt reference (hashed as `fund donate` hashes
// it, or a 0x… hash as is) and the amount in won ("3,000,000" or 3000000).
type WireDonation struct {
	Receipt string          `json:"receipt"`
	Amount  json.RawMessage `json:"amount"`
}

func (p *Relayer) handleDonations(w http.ResponseWriter, r *http.Request) {
	id, ok := p.fundID(w, r)
	if !ok {
		return
	}
	col, ok := p.authorized(w, r, id)
	if !ok {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 4<<20))
	if err != nil {
		p.refuse(w, http.StatusRequestEntityTooLarge, "body over 4 MiB: post the donations in parts")
		return
	}
	ds, fe := parseDonationBody(r.Header.Get("Content-Type"), body)
	if fe != nil {
		if p.h.Metrics != nil {
			p.h.Metrics.Refused("donation", http.StatusBadRequest)
		}
		plugin.WriteJSON(w, http.StatusBadRequest, map[string]any{
			"error":    fmt.Sprintf("%d problem(s) in the donations; nothing accepted", len(fe.Problems)),
			"problems": fe.Problems})
		return
	}
	if len(ds) > maxDonationsPerPost {
		p.refuse(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%d donations in one post; at most %d: post the rest in further posts", len(ds), maxDonationsPerPost))
		return
	}
	payer := common.HexToAddress(col.Payer)
	// The books as of now: a collector registered a moment ago is taken.
	if err := p.fresh(r.Context(), readFresh); err != nil {
		p.refuse(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	if status, msg := p.checkFund(id, payer); status != 0 {
		p.refuse(w, status, msg)
		return
	}
	res, err := p.store.accept(col.Name, id, payer, ds, func(fresh []Donation, queued *big.Int) (map[common.Hash]bool, error) {
		return p.checkRecorded(r.Context(), id, fresh, queued, payer)
	})
	var conflict *conflictError
	switch {
	case errors.As(err, &conflict):
		if p.h.Metrics != nil {
			p.h.Metrics.Refused("donation", http.StatusConflict)
		}
		plugin.WriteJSON(w, http.StatusConflict, map[string]any{
			"error": "receipts already taken with other values; nothing of this post was accepted", "conflicts": conflict.list})
		return
	case errors.Is(err, errShort):
		p.refuse(w, http.StatusConflict, err.Error()+"; nothing of this post was accepted")
		return
	case err != nil:
		p.refuse(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	if p.h.Metrics != nil {
		p.h.Metrics.Accepted("donation", res.Accepted)
	}
	plugin.WriteJSON(w, http.StatusAccepted, res)
}

// checkFund refuses a post to a fund that takes no donations now, or none from payer, as
// the ledger would.
func (p *Relayer) checkFund(id uint64, payer common.Address) (int, string) {
	var status int
	var msg string
	now := uint64(time.Now().Unix())
	p.books.Read(func(b *Books) {
		f, ok := b.Funds[id]
		switch {
		case !ok:
			status, msg = http.StatusNotFound, fmt.Sprintf("no fund %d (the ledger has %d)", id, len(b.Funds))
		case f.Kind != KindDonation:
			status, msg = http.StatusConflict, fmt.Sprintf("fund %d is a %s fund: donations go to campaigns (FundWrongKind)", id, KindName(f.Kind))
		case f.Settled:
			status, msg = http.StatusConflict, fmt.Sprintf("fund %d is settled: nothing more moves (FundSettled)", id)
		case now < f.Start || now > f.End:
			status, msg = http.StatusConflict, fmt.Sprintf("fund %d takes donations from %s to %s (FundOutsideTerm)", id, day(f.Start), day(f.End))
		case !f.Collectors[payer]:
			status, msg = http.StatusConflict, fmt.Sprintf("the relayer's payer key %s is not a registered collector of fund %d (FundNotCollector): "+
				"the fund's supervisor registers it with 'seoulchain fund collector add %d %s'", payer.Hex(), id, id, payer.Hex())
		}
	})
	return status, msg
}

// errShort: the payer's KRW does not cover the donations queued and posted.
var errShort = errors.New("the collector's payer key is short of KRW")

// checkRecorded returns the receipts fund id has already, with the same amount (they are
// not sent again); it refuses receipts the fund holds with another amount (a donateBatch
// carrying one would be refused whole) and a post the payer's KRW, less what its queued
// donations take first, does not cover. Another fund's receipts are no conflict: receipts
// are per fund, so another fund's collector cannot block this one's batch.
func (p *Relayer) checkRecorded(ctx context.Context, id uint64, fresh []Donation, queued *big.Int, payer common.Address) (map[common.Hash]bool, error) {
	var conflicts []string
	recorded := map[common.Hash]bool{}
	need := new(big.Int).Set(queued)
	p.books.Read(func(b *Books) {
		for _, d := range fresh {
			had, ok := b.Receipts[ReceiptKey{id, d.Receipt}]
			switch {
			case !ok:
				need.Add(need, d.Amount)
			case had.Cmp(d.Amount) == 0:
				recorded[d.Receipt] = true
			default:
				conflicts = append(conflicts, fmt.Sprintf("receipt %s is recorded in fund %d for %s won (FundDuplicateReceipt)",
					d.Receipt.Hex(), id, amount.Format(had, 0)))
			}
		}
	})
	if len(conflicts) > 0 {
		return nil, &conflictError{conflicts}
	}
	bal, err := p.readKRW(ctx, "balanceOf", payer)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(need) < 0 {
		return nil, fmt.Errorf("%w: %s holds %s KRW; the donations queued and posted need %s (the bank mints the collected money to it: 'seoulchain krw mint')",
			errShort, payer.Hex(), amount.Format(bal, 0), amount.Format(need, 0))
	}
	return recorded, nil
}

func (p *Relayer) readKRW(ctx context.Context, method string, args ...any) (*big.Int, error) {
	return krw.Read(ctx, p.h.Chain, p.token, method, args...)
}

type conflictError struct{ list []string }

func (e *conflictError) Error() string { return strings.Join(e.list, "; ") }

// parseDonationBody reads JSON (DonationsBody) or text/csv (ReadDonations' lines), every
// problem with its place: an index of the JSON entries, a line of the CSV.
func parseDonationBody(contentType string, body []byte) ([]Donation, *problems.FileError) {
	mt, _, _ := mime.ParseMediaType(contentType)
	var ds []Donation
	var err error
	if mt == "text/csv" {
		ds, err = ReadDonations(bytes.NewReader(body))
	} else {
		var in DonationsBody
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if derr := dec.Decode(&in); derr != nil {
			ps := &problems.List{File: "body", Kind: ErrDonationFile}
			ps.Add("body", `%v (want {"donations": [{"receipt": "RC-2026-0001", "amount": "3,000,000"}]} or text/csv)`, derr)
			err = ps.Err()
		} else {
			entries := make([]DonationEntry, len(in.Donations))
			for i, d := range in.Donations {
				entries[i] = DonationEntry{Where: fmt.Sprintf("donations[%d]", i), Receipt: d.Receipt, Amount: jsonText(d.Amount)}
			}
			ds, err = CheckDonations("body", entries)
		}
	}
	if err == nil {
		return ds, nil
	}
	var fe *problems.FileError
	if errors.As(err, &fe) {
		return nil, fe
	}
	return nil, &problems.FileError{File: "body", Problems: []problems.Problem{{Where: "body", What: err.Error()}}}
}

// jsonText is a JSON string's text, or a number as written.
func jsonText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// donationRecord is one posted donation, journaled under its receipt and fund (receipts
// are per fund: two collectors may post the same reference to their own funds).
type donationRecord struct {
	Fund      uint64         `json:"fund"`
	Receipt   common.Hash    `json:"receipt"`
	Amount    *big.Int       `json:"amount"`
	Collector string         `json:"collector"`
	Payer     common.Address `json:"payer"`
	Seq       uint64         `json:"seq"`
	Accepted  time.Time      `json:"accepted"`
	Job       string         `json:"job,omitempty"`
	Status    string         `json:"status"`
	Reason    string         `json:"reason,omitempty"`
	TxHash    common.Hash    `json:"txHash,omitempty"`
	Block     uint64         `json:"block,omitempty"`
	prefix    string
}

func (r *donationRecord) Key() ReceiptKey { return ReceiptKey{r.Fund, r.Receipt} }

// JournalKey: the receipt, then the fund. Records journaled before receipts were per fund
// are under the receipt alone, which sorts first, so a record saved again under its new
// key is the one loaded (Load reads in key order).
func (r *donationRecord) JournalKey() string {
	return fmt.Sprintf("%s%s/%d", r.prefix, r.Receipt.Hex(), r.Fund)
}
func (r *donationRecord) InJob() string      { return r.Job }
func (r *donationRecord) SetJob(job string)  { r.Job = job }
func (r *donationRecord) Order() uint64      { return r.Seq }
func (r *donationRecord) Clone() any         { c := *r; return &c }
func (r *donationRecord) donation() Donation { return Donation{Receipt: r.Receipt, Amount: r.Amount} }
func (r *donationRecord) open() bool {
	return r.Status == plugin.StatusQueued || r.Status == plugin.StatusSent || r.Status == plugin.StatusMined
}
func (r *donationRecord) Final() bool              { return !r.open() }
func (r *donationRecord) by(p common.Address) bool { return r.Payer == p }

type donationStore struct {
	*records.Store[ReceiptKey, *donationRecord]
	prefix string
}

func loadDonations(j *journal.Journal, prefix string) (*donationStore, error) {
	st, err := records.Load[ReceiptKey](j, prefix, func(v []byte) (*donationRecord, error) {
		r, err := records.DecodeJSON[donationRecord](v)
		if err == nil {
			r.prefix = prefix
		}
		return r, err
	})
	return &donationStore{st, prefix}, err
}

// Accepted is the answer to a post: how many donations were new and queued, how many
// were posted to this relayer before, how many the ledger had already (by another route):
// none is recorded twice.
type Accepted struct {
	Fund            uint64 `json:"fund"`
	Accepted        int    `json:"accepted"`
	Duplicates      int    `json:"duplicates"`
	AlreadyRecorded int    `json:"alreadyRecorded"`
}

// accept journals the new donations of one post together. A receipt posted to the fund
// before with the same amount is a duplicate (acknowledged, not sent again); with another
// amount it is a conflict and nothing of the post is accepted (another fund's receipts are
// no conflict). One that failed may be posted
// again. check sees the fresh donations and what the payer's queued ones take, under the
// lock, so two posts cannot both pass a balance only one fits; it names the fresh ones the
// ledger has already, which are journaled as such and not sent.
func (st *donationStore) accept(collector string, fund uint64, payer common.Address, ds []Donation,
	check func(fresh []Donation, queued *big.Int) (map[common.Hash]bool, error)) (*Accepted, error) {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	res := &Accepted{Fund: fund}
	var conflicts []string
	var fresh []Donation
	for _, d := range ds {
		if old, ok := st.All[ReceiptKey{fund, d.Receipt}]; ok && old.Status != plugin.StatusFailed {
			if old.Amount.Cmp(d.Amount) != 0 {
				conflicts = append(conflicts, fmt.Sprintf("receipt %s was accepted for %s won to fund %d; this post has %s won to fund %d",
					d.Receipt.Hex(), amount.Format(old.Amount, 0), old.Fund, amount.Format(d.Amount, 0), fund))
			}
			res.Duplicates++
			continue
		}
		fresh = append(fresh, d)
	}
	if len(conflicts) > 0 {
		return nil, &conflictError{conflicts}
	}
	if len(fresh) == 0 {
		return res, nil
	}
	queued := new(big.Int)
	for _, r := range st.Open {
		if r.by(payer) && r.Status == plugin.StatusQueued {
			queued.Add(queued, r.Amount)
		}
	}
	recorded, err := check(fresh, queued)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC()
	b := &journal.Batch{}
	recs := make([]*donationRecord, len(fresh))
	for i, d := range fresh {
		recs[i] = &donationRecord{Fund: fund, Receipt: d.Receipt, Amount: d.Amount, Collector: collector, Payer: payer,
			Seq: st.Seq + uint64(i) + 1, Accepted: now, Status: plugin.StatusQueued, prefix: st.prefix}
		if recorded[d.Receipt] {
			recs[i].Status = StatusAlreadyRecorded
			res.AlreadyRecorded++
		}
		b.Put(recs[i].JournalKey(), recs[i])
	}
	if err := st.J.Write(b); err != nil {
		return nil, fmt.Errorf("cannot journal the donations: %w", err)
	}
	st.Seq += uint64(len(recs))
	for _, r := range recs {
		st.All[r.Key()] = r
		if !r.Final() {
			st.Open[r.Key()] = r
		}
	}
	res.Accepted = len(recs) - res.AlreadyRecorded
	return res, nil
}

// unassigned returns the queued donations not in a job, by payer and fund, oldest first.
func (st *donationStore) unassigned() map[common.Address]map[uint64][]*donationRecord {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	out := map[common.Address]map[uint64][]*donationRecord{}
	for _, r := range st.Open {
		if r.Job == "" && r.Status == plugin.StatusQueued {
			if out[r.Payer] == nil {
				out[r.Payer] = map[uint64][]*donationRecord{}
			}
			out[r.Payer][r.Fund] = append(out[r.Payer][r.Fund], r)
		}
	}
	for _, funds := range out {
		for _, l := range funds {
			sort.Slice(l, func(i, k int) bool { return l[i].Seq < l[k].Seq })
		}
	}
	return out
}

// DonationStatus is GET /v1/funds/{id}/donations/{receipt}.
type DonationStatus struct {
	Fund      uint64      `json:"fund"`
	Receipt   common.Hash `json:"receipt"`
	Amount    string      `json:"amount"`
	Status    string      `json:"status"`
	Accepted  time.Time   `json:"accepted"`
	Reason    string      `json:"reason,omitempty"`
	TxHash    common.Hash `json:"txHash,omitempty"`
	Block     uint64      `json:"block,omitempty"`
	Collector string      `json:"collector"`
}

func (p *Relayer) handleDonationStatus(w http.ResponseWriter, r *http.Request) {
	id, ok := p.fundID(w, r)
	if !ok {
		return
	}
	if _, ok := p.authorized(w, r, id); !ok {
		return
	}
	receipt, err := Ref(r.PathValue("receipt"))
	if err != nil {
		p.refuse(w, http.StatusBadRequest, "receipt: "+err.Error())
		return
	}
	d, ok := p.store.Get(ReceiptKey{id, receipt})
	if !ok {
		p.refuse(w, http.StatusNotFound, fmt.Sprintf("receipt %s was never posted to fund %d on this relayer", receipt.Hex(), id))
		return
	}
	plugin.WriteJSON(w, http.StatusOK, DonationStatus{Fund: d.Fund, Receipt: d.Receipt, Amount: d.Amount.String(), Status: d.Status,
		Accepted: d.Accepted, Reason: d.Reason, TxHash: d.TxHash, Block: d.Block, Collector: d.Collector})
}

// Ready: the ledger is followed; each payer holds KRW and lets the ledger take it.
func (p *Relayer) Ready(ctx context.Context) []plugin.Check {
	if p.books == nil {
		return []plugin.Check{{Name: "funds", Detail: "FundLedger is not in the address book"}}
	}
	p.mu.Lock()
	head, age := p.head, time.Since(p.synced).Round(time.Second)
	p.mu.Unlock()
	var funds int
	p.books.Read(func(b *Books) { funds = len(b.Funds) })
	out := []plugin.Check{{Name: "funds", OK: age < time.Minute, Detail: fmt.Sprintf("%s books followed to block %d (%s ago)", outcome.Plural(funds, "fund's", "funds'"), head, age)}}
	for _, col := range p.cfg.Collectors {
		payer := common.HexToAddress(col.Payer)
		bal, err := p.readKRW(ctx, "balanceOf", payer)
		if err != nil {
			out = append(out, plugin.Check{Name: "collector " + col.Name, Detail: err.Error()})
			continue
		}
		detail := fmt.Sprintf("payer %s holds %s KRW for funds %v", payer.Hex(), amount.Format(bal, 0), col.Funds)
		// A fund that has not registered the payer refuses its posts (409), not the others.
		var unregistered []uint64
		p.books.Read(func(b *Books) {
			for _, id := range col.Funds {
				if f, ok := b.Funds[id]; ok && !f.Collectors[payer] {
					unregistered = append(unregistered, id)
				}
			}
		})
		if len(unregistered) > 0 {
			detail += fmt.Sprintf("; not yet a registered collector of funds %v (their supervisor: 'seoulchain fund collector add ID %s')", unregistered, payer.Hex())
		}
		out = append(out, plugin.Check{Name: "collector " + col.Name, OK: true, Detail: detail})
	}
	return out
}

// Tick follows the ledger's new events, and sends the donations accepted since the last
// tick: a payer's from its key, in donateBatch jobs cut by the platform's bulk rules,
// once the ledger may take the payer's KRW.
func (p *Relayer) Tick(ctx context.Context) {
	if p.books == nil {
		return
	}
	if err := p.fresh(ctx, syncEvery); err != nil {
		p.h.Log.Warn("funds: follow the ledger", "err", err)
	}
	unassigned := p.store.unassigned()
	if len(unassigned) == 0 {
		return
	}
	head, err := p.h.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		p.h.Log.Warn("Donations wait: cannot read the block gas limit", "err", err)
		return
	}
	per := p.perBatch(head.GasLimit)
	for payer, funds := range unassigned {
		if !p.allowed(ctx, payer) {
			continue
		}
		for fund, recs := range funds {
			if err := p.send(fund, recs, per); err != nil {
				p.h.Log.Error("Cannot batch donations", "fund", fund, "err", err)
				return
			}
		}
	}
}

// perBatch is how many donations go in a job: batches that fill a block of gasLimit with
// the gas limits the relayer's transaction manager gives them (its configured margin on
// its estimate, Host.GasMarginPercent).
func (p *Relayer) perBatch(gasLimit uint64) int {
	n, _ := DonationsPerBatchAt(gasLimit, p.cfg.DonationBatch, p.h.GasMarginPercent)
	return n
}

// allowed says whether the ledger may take payer's KRW; if not, it sends one approve of
// the largest allowance (which the token never lowers) and the donations wait for it.
func (p *Relayer) allowed(ctx context.Context, payer common.Address) bool {
	p.mu.Lock()
	job, waiting := p.approving[payer]
	p.mu.Unlock()
	if waiting {
		return false
	}
	got, err := p.readKRW(ctx, "allowance", payer, p.ledger)
	if err != nil {
		p.h.Log.Warn("Donations wait: cannot read the payer's allowance", "payer", payer, "err", err)
		return false
	}
	if got.Cmp(new(big.Int).Div(math.MaxBig256, big.NewInt(2))) > 0 {
		return true
	}
	job = fmt.Sprintf("funds-approve-%s-%d", payer.Hex(), time.Now().Unix())
	data := cmdkit.MustPack(krw.ABI(), "approve", p.ledger, math.MaxBig256)
	if _, _, err := p.h.Submit(txmgr.Request{ID: job, To: p.token, Data: data, Pin: payer}); err != nil {
		p.h.Log.Error("Donations wait: cannot allow the ledger to take the payer's KRW", "payer", payer, "err", err)
		return false
	}
	p.mu.Lock()
	p.approving[payer] = job
	p.mu.Unlock()
	p.h.Log.Info("Allowing the fund ledger to take the payer's KRW", "payer", payer, "job", job)
	return false
}

// send cuts a fund's queued donations into jobs and submits them.
func (p *Relayer) send(fund uint64, recs []*donationRecord, per int) error {
	ds := make([]Donation, len(recs))
	for i, r := range recs {
		ds[i] = r.donation()
	}
	work := DonationWork(p.ledger, new(big.Int).SetUint64(fund), ds)
	cuts, err := bulk.Cut(len(ds), per, bulk.DefaultMaxBytes, func(lo, hi int) (int, error) {
		data, err := work.Pack(ds[lo:hi])
		return len(data), err
	})
	if err != nil {
		return err
	}
	for _, c := range cuts {
		chunk := recs[c[0]:c[1]]
		// The acceptance sequence makes the ID new when a failed donation is posted again.
		job := fmt.Sprintf("donations-%d-%d", fund, chunk[0].Seq)
		if err := p.store.Assign(chunk, job); err != nil {
			return err
		}
		if err := p.submit(job, chunk); err != nil {
			return err
		}
	}
	return nil
}

// submit sends a job's donations from their payer's key: donateBatch takes the KRW from
// its sender.
func (p *Relayer) submit(job string, chunk []*donationRecord) error {
	ds := make([]Donation, len(chunk))
	for i, r := range chunk {
		ds[i] = r.donation()
	}
	data, err := DonationWork(p.ledger, new(big.Int).SetUint64(chunk[0].Fund), ds).Pack(ds)
	if err != nil {
		return fmt.Errorf("job %s: %w", job, err)
	}
	_, _, err = p.h.Submit(txmgr.Request{ID: job, To: p.ledger, Data: data, Pin: chunk[0].Payer})
	return err
}

// Jobs are the jobs of donations not yet final.
func (p *Relayer) Jobs() []string {
	var out []string
	for job := range p.store.OpenJobs() {
		out = append(out, job)
	}
	return out
}

// Resubmit sends again a job the donations name and the manager never journaled.
func (p *Relayer) Resubmit(job string) error {
	recs := p.store.OfJob(job)
	if len(recs) == 0 {
		return nil
	}
	return p.submit(job, recs)
}

// JobUpdated carries a job's progress to its donations; a confirmed job's DonationSkipped
// events mark the receipts the ledger had before. An approve job's end lets the payer's
// donations go.
func (p *Relayer) JobUpdated(j txmgr.Job) error {
	if strings.HasPrefix(j.ID, "funds-approve-") {
		if j.State == txmgr.Confirmed || j.State == txmgr.Failed {
			p.mu.Lock()
			for payer, job := range p.approving {
				if job == j.ID {
					delete(p.approving, payer)
				}
			}
			p.mu.Unlock()
			if j.State == txmgr.Failed {
				p.h.Log.Error("The fund ledger's allowance was not sent", "job", j.ID, "err", j.Err)
			}
		}
		return nil
	}
	recs := p.store.OfJob(j.ID)
	if len(recs) == 0 {
		return nil
	}
	if j.State == txmgr.Failed && txmgr.Splittable(j.Code) && len(recs) > 1 {
		// Too large for the node (bytes, gas, fee): the donations go again in halves.
		half := len(recs) / 2
		for i, part := range [][]*donationRecord{recs[:half], recs[half:]} {
			job := fmt.Sprintf("%s/%d", j.ID, i+1)
			if err := p.store.Assign(part, job); err != nil {
				return err
			}
			if err := p.submit(job, part); err != nil {
				return err
			}
		}
		p.h.Log.Warn("Donation batch the node cannot take split in two", "job", j.ID, "donations", len(recs), "code", j.Code)
		return nil
	}
	var skipped map[string]bool
	if j.State == txmgr.Confirmed {
		skipped = DonationWork(p.ledger, new(big.Int).SetUint64(recs[0].Fund), nil).Skipped(j.Logs, j.Key)
	}
	status := plugin.JobStatus(j.State)
	err := p.store.Update(j.ID, func(r *donationRecord) {
		r.Status, r.TxHash, r.Block = status, j.TxHash, j.Block
		switch {
		case j.State == txmgr.Failed && j.Code != "":
			r.Reason = j.Code + ": " + j.Err
		case j.State == txmgr.Failed:
			r.Reason = j.Err
		case j.State == txmgr.Confirmed && skipped[r.Receipt.Hex()]:
			r.Status = StatusAlreadyRecorded
		case j.State == txmgr.Confirmed && p.h.Metrics != nil:
			p.h.Metrics.Latency("donation", time.Since(r.Accepted))
		}
	})
	if err != nil {
		return fmt.Errorf("journal donation outcomes of job %s: %w", j.ID, err)
	}
	return nil
}
