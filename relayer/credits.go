package relayer

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/csv"
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
	"github.com/seoulchain/seoulchain/services/mileage"
)

// maxCreditsPerPost bounds one POST; a larger file is posted in parts.
const maxCreditsPerPost = 10_000

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

func (r *creditRecord) id() creditKey { return creditKey{r.Program, r.RecordID} }
func (r *creditRecord) journalKey() string {
	return fmt.Sprintf("%s%010d/%020d", creditPrefix, r.Program, r.RecordID)
}
func (r *creditRecord) job() string       { return r.Job }
func (r *creditRecord) setJob(job string) { r.Job = job }
func (r *creditRecord) status() string    { return r.Status }
func (r *creditRecord) order() uint64     { return r.Seq }
func (r *creditRecord) clone() any        { c := *r; return &c }

const creditPrefix = "credit/"

type creditStore struct {
	*store[creditKey, *creditRecord]
}

func loadCredits(j *journal.Journal) (*creditStore, error) {
	st, err := loadStore[creditKey](j, creditPrefix, decodeJSON[creditRecord])
	return &creditStore{st}, err
}

// accept journals the new credits of one post together. A record seen before with the
// same citizen and amount is a duplicate (acknowledged, not credited again); with other
// values it is a conflict and nothing of the post is accepted. A record that failed may be
// posted again.
func (st *creditStore) accept(issuer Issuer, credits []mileage.Credit) (accepted, duplicates int, conflicts []string, err error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	var fresh []*creditRecord
	now := time.Now().UTC()
	for _, c := range credits {
		k := creditKey{issuer.Program, c.RecordID}
		if old, ok := st.all[k]; ok && old.Status != StatusFailed {
			if old.Citizen != c.Citizen || old.Amount.Cmp(c.Amount) != 0 {
				conflicts = append(conflicts, fmt.Sprintf("record %d was accepted for %s S-Coin to %s; this post has %s to %s",
					c.RecordID, old.Amount, old.Citizen.Hex(), c.Amount, c.Citizen.Hex()))
			}
			duplicates++
			continue
		}
		fresh = append(fresh, &creditRecord{Program: issuer.Program, RecordID: c.RecordID, Citizen: c.Citizen, Amount: c.Amount,
			Issuer: issuer.Name, Accepted: now, Status: StatusQueued})
	}
	if len(conflicts) > 0 {
		return 0, 0, conflicts, nil
	}
	b := &journal.Batch{}
	for i, r := range fresh {
		r.Seq = st.seq + uint64(i) + 1
		b.Put(r.journalKey(), r)
	}
	if err := st.j.Write(b); err != nil {
		return 0, 0, nil, err
	}
	st.seq += uint64(len(fresh))
	st.putLocked(fresh...)
	return len(fresh), duplicates, nil, nil
}

// unassigned returns queued credits not in a job, by program, oldest first.
func (st *creditStore) unassigned() map[uint32][]*creditRecord {
	st.mu.Lock()
	defer st.mu.Unlock()
	out := map[uint32][]*creditRecord{}
	for _, r := range st.open {
		if r.Job == "" && r.Status == StatusQueued {
			out[r.Program] = append(out[r.Program], r)
		}
	}
	for _, l := range out {
		sort.Slice(l, func(i, k int) bool { return l[i].Seq < l[k].Seq })
	}
	return out
}

// issuer authenticates a bearer token against the configured hashes.
func (s *Service) issuer(r *http.Request) (Issuer, bool) {
	auth := r.Header.Get("Authorization")
	token, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || token == "" {
		return Issuer{}, false
	}
	got := []byte(HashToken(token))
	for _, is := range s.cfg.Issuers {
		want := []byte(strings.ToLower(strings.TrimPrefix(is.TokenHash, "0x")))
		if subtle.ConstantTimeCompare(got, want) == 1 {
			return is, true
		}
	}
	return Issuer{}, false
}

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

func (s *Service) handleCredits(w http.ResponseWriter, r *http.Request) {
	is, ok := s.issuer(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="seoulchain-relayer"`)
		s.refuse(w, "credit", &apiError{Status: http.StatusUnauthorized, Error: "a valid issuing system's bearer token is required (Authorization: Bearer …)"})
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 8<<20))
	if err != nil {
		s.refuse(w, "credit", &apiError{Status: http.StatusRequestEntityTooLarge, Error: "body over 8 MiB: post the credits in parts"})
		return
	}
	credits, problemList := parseCreditBody(r.Header.Get("Content-Type"), body)
	if problemList != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": fmt.Sprintf("%d problem(s) in the credits; nothing accepted", len(problemList.Problems)),
			"problems": problemList.Problems})
		s.m.refused.WithLabelValues("credit", "400").Inc()
		return
	}
	if len(credits) > maxCreditsPerPost {
		s.refuse(w, "credit", &apiError{Status: http.StatusRequestEntityTooLarge, Error: fmt.Sprintf("%d credits in one post; at most %d", len(credits), maxCreditsPerPost)})
		return
	}
	if apiErr := s.checkProgram(r.Context(), is, credits); apiErr != nil {
		s.refuse(w, "credit", apiErr)
		return
	}
	accepted, dups, conflicts, err := s.credits.accept(is, credits)
	if err != nil {
		s.refuse(w, "credit", &apiError{Status: http.StatusInternalServerError, Error: "cannot journal the credits: " + err.Error()})
		return
	}
	if len(conflicts) > 0 {
		s.m.refused.WithLabelValues("credit", "409").Inc()
		writeJSON(w, http.StatusConflict, map[string]any{"error": "records already accepted with other values; nothing of this post was accepted", "conflicts": conflicts})
		return
	}
	s.m.accepted.WithLabelValues("credit").Add(float64(accepted))
	writeJSON(w, http.StatusAccepted, map[string]any{"program": is.Program, "accepted": accepted, "duplicates": dups})
}

// parseCreditBody reads JSON ({"credits": [{citizen, amount, recordId}]}) or CSV (the
// columns of `seoulchain mileage credit --csv`), every problem with its place.
func parseCreditBody(contentType string, body []byte) ([]mileage.Credit, *problems.FileError) {
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt == "text/csv" {
		credits, err := mileage.ParseCredits("body", body)
		if err != nil {
			if fe, ok := err.(*problems.FileError); ok {
				return nil, fe
			}
			return nil, &problems.FileError{File: "body", Problems: []problems.Problem{{Where: "body", What: err.Error()}}}
		}
		return credits, nil
	}
	ps := &problems.List{File: "body", Kind: mileage.ErrCreditFile}
	var in struct {
		Credits []wireCredit `json:"credits"`
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		ps.Add("body", `%v (want {"credits": [{"citizen": "0x…", "amount": "1000", "recordId": 17}]} or text/csv)`, err)
		return nil, ps.Err().(*problems.FileError)
	}
	// Checked as the CSV path checks, so both say the same of the same mistake.
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	for _, c := range in.Credits {
		cw.Write([]string{c.Citizen, string(c.Amount), string(c.RecordID)})
	}
	cw.Flush()
	credits, err := mileage.ParseCredits("body", b.Bytes())
	if err != nil {
		fe, ok := err.(*problems.FileError)
		if !ok {
			ps.Add("credits", "%v", err)
			return nil, ps.Err().(*problems.FileError)
		}
		for i := range fe.Problems {
			// "line N" is credits[N-1] here.
			var n int
			if _, scanErr := fmt.Sscanf(fe.Problems[i].Where, "line %d", &n); scanErr == nil {
				fe.Problems[i].Where = fmt.Sprintf("credits[%d]%s", n-1, strings.TrimPrefix(fe.Problems[i].Where, fmt.Sprintf("line %d", n)))
			}
		}
		return nil, fe
	}
	return credits, nil
}

// checkProgram refuses credits the contract would refuse for the whole batch: an
// unknown or inactive program, no hot key that is its issuer, a merchant as citizen.
func (s *Service) checkProgram(ctx context.Context, is Issuer, credits []mileage.Credit) *apiError {
	v, err := scoin.NewSCoinCaller(s.contracts[deploy.SCoin], s.ec)
	if err != nil {
		return &apiError{Status: http.StatusInternalServerError, Error: err.Error()}
	}
	_, err = s.programKey(ctx, v, is.Program)
	switch {
	case errors.Is(err, mileage.ErrProgramInactive):
		return &apiError{Status: http.StatusConflict, Error: err.Error()}
	case errors.Is(err, mileage.ErrNoProgram), errors.Is(err, mileage.ErrNotIssuer):
		return &apiError{Status: http.StatusServiceUnavailable, Error: fmt.Sprintf("issuer %s: %v (the relayer's configuration or keys)", is.Name, err)}
	case err != nil:
		return &apiError{Status: http.StatusServiceUnavailable, Error: err.Error()}
	}
	toMerchants, err := mileage.ToMerchants(ctx, v, credits)
	if err != nil {
		return &apiError{Status: http.StatusServiceUnavailable, Error: err.Error()}
	}
	var bad []string
	for _, i := range toMerchants {
		bad = append(bad, fmt.Sprintf("credits[%d]: %s is a merchant; merchants cannot be credited", i, credits[i].Citizen.Hex()))
	}
	if len(bad) > 0 {
		return &apiError{Status: http.StatusBadRequest, Error: strings.Join(bad, "; ")}
	}
	return nil
}

func (s *Service) handleCreditStatus(w http.ResponseWriter, r *http.Request) {
	is, ok := s.issuer(r)
	if !ok {
		writeJSON(w, http.StatusUnauthorized, apiError{Error: "a valid issuing system's bearer token is required"})
		return
	}
	rec, err := mileage.ParseRecordID(r.PathValue("record"))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Error: err.Error()})
		return
	}
	c, ok := s.credits.get(creditKey{is.Program, rec})
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Error: fmt.Sprintf("record %d of program %d was never posted to this relayer", rec, is.Program)})
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
	writeJSON(w, http.StatusOK, out)
}

func creditJobData(program uint32, recs []*creditRecord) ([]byte, error) {
	a, err := scoin.SCoinMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	entries := make([]scoin.SCoinCredit, len(recs))
	for i, r := range recs {
		entries[i] = scoin.SCoinCredit{Citizen: r.Citizen, Amount: r.Amount, RecordId: r.RecordID}
	}
	return a.Pack("creditBatch", program, entries)
}
