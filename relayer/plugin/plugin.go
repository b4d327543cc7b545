package plugin

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// Plugin is a service's part of the relayer. Its Name is its HTTP prefix (/v1/<name>/...),
// its TOML table ([<name>]) and the owner of its jobs in the transaction manager.
//
// The relayer calls Configure from New (nothing dialled yet), then Start once its journal
// is open, then, with the transaction manager running, Jobs (to Resubmit or hand over what
// was open at the last stop), and from then on Tick every batch_wait and JobUpdated for
// every journaled change of one of its jobs.
type Plugin interface {
	Name() string
	// DefaultAllow is what citizens may call through the forwarder for this service when
	// the configuration gives no allow table: contract name to function names.
	DefaultAllow() map[string][]string
	// Configure reads and checks the plug-in's configuration; an error is a configuration
	// problem (the relayer exits with code 2).
	Configure(c Config) error
	// Start loads the plug-in's journaled records; it submits nothing yet (the manager
	// starts after it).
	Start(ctx context.Context, h Host) error
	// Routes are mounted under /v1/<name>/.
	Routes() []Route
	// Ready says whether the plug-in can do its work: its lines of /readyz.
	Ready(ctx context.Context) []Check
	// Tick sends what was accepted since the last tick.
	Tick(ctx context.Context)
	// Jobs lists the jobs the plug-in's unfinished records name; at start the host hands
	// each one to JobUpdated, or to Resubmit if the manager never journaled it.
	Jobs() []string
	// Resubmit submits again, under the same ID, a job the records name and the manager
	// does not know (a crash between the two writes).
	Resubmit(job string) error
	// JobUpdated applies a job's progress to its records. A finished job carries its
	// receipt's logs (txmgr.Job.Logs). An error is logged; the same update comes again at
	// the next start.
	JobUpdated(j txmgr.Job) error
}

// Route is one HTTP handler of a plug-in: Method and Path as in http.ServeMux ("POST",
// "/credits" for POST /v1/<name>/credits); Label names it in the HTTP metrics.
type Route struct {
	Method, Path, Label string
	Handler             http.HandlerFunc
}

// Check is one line of /readyz: its name, and what was found (why not, if not OK).
type Check struct {
	Name   string
	OK     bool
	Detail string
}

// Config is what a plug-in is configured from.
type Config struct {
	// Section is the plug-in's TOML table, with the top-level keys it claimed through
	// LegacyKeys merged in; nil if the file had none.
	Section Section
	// Contracts is the address book: contract name to address.
	Contracts deploy.Addresses
}

// LegacyKeys is implemented by a plug-in whose settings were once top-level keys of the
// relayer's file: those keys are still read and handed over in its Section.
type LegacyKeys interface {
	LegacyKeys() []string
}

// Host is what the relayer gives a plug-in at Start.
type Host struct {
	// Journal is the relayer's journal; JournalPrefix is the key prefix that is the
	// plug-in's own ("<name>/").
	Journal       *journal.Journal
	JournalPrefix string
	// Submit journals and queues a job owned by the plug-in (Request.Owner is set for it):
	// Request.Pin pins it to one hot key.
	Submit func(r txmgr.Request) (txmgr.Job, bool, error)
	// Keys are the hot keys' addresses.
	Keys func() []common.Address
	// Chain reads the node.
	Chain     bind.ContractBackend
	Contracts deploy.Addresses
	ABIs      map[string]*abi.ABI
	Log       *slog.Logger
	Metrics   Metrics
	// GasMarginPercent is the margin the relayer's transaction manager adds to a job's gas
	// estimate ([txmgr] gas_margin_percent; 0: its default), for a plug-in that sizes its
	// batches so that their gas limits fill a block.
	GasMarginPercent uint64
}

// Metrics are the relayer's series a plug-in adds to, by kind of work ("credit").
type Metrics interface {
	Accepted(kind string, n int)
	Refused(kind string, status int)
	// Latency is from acceptance to confirmation.
	Latency(kind string, d time.Duration)
	// Register adds the plug-in's own series to the relayer's /metrics.
	Register(c prometheus.Collector) error
}

// Statuses of a piece of work, as the API reports them; a plug-in may add its own final ones.
const (
	StatusQueued    = "queued"
	StatusSent      = "sent"
	StatusMined     = "mined"
	StatusConfirmed = "confirmed"
	StatusFailed    = "failed"
)

// JobStatus is the status of work carried by a job in state st.
func JobStatus(st txmgr.State) string {
	switch st {
	case txmgr.Sent:
		return StatusSent
	case txmgr.Mined:
		return StatusMined
	case txmgr.Confirmed:
		return StatusConfirmed
	case txmgr.Failed:
		return StatusFailed
	}
	return StatusQueued
}

// FailureReason is why a failed job ended, as the API reports it: its code (when the
// manager named one) and its error.
func FailureReason(j txmgr.Job) string {
	if j.Code != "" {
		return j.Code + ": " + j.Err
	}
	return j.Err
}

// Section is a plug-in's TOML table as read: key to value.
type Section map[string]any

// SectionOf encodes v (a plug-in's configuration struct) as a Section, for configurations
// built in Go rather than read from a file.
func SectionOf(v any) (Section, error) {
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(v); err != nil {
		return nil, err
	}
	s := Section{}
	if _, err := toml.Decode(b.String(), &s); err != nil {
		return nil, err
	}
	return s, nil
}

// Decode fills v from the section; unknown keys are refused, as in the relayer's file.
func (s Section) Decode(v any) error {
	if len(s) == 0 {
		return nil
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(map[string]any(s)); err != nil {
		return err
	}
	md, err := toml.Decode(b.String(), v)
	if err != nil {
		return err
	}
	if und := md.Undecoded(); len(und) > 0 {
		var keys []string
		for _, k := range und {
			keys = append(keys, k.String())
		}
		return fmt.Errorf("unknown keys %s", strings.Join(keys, ", "))
	}
	return nil
}

// WriteJSON answers with v as JSON.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Error is the body of a refusal.
type Error struct {
	Status int    `json:"-"`
	Error  string `json:"error"`
}

// HashToken is what a configuration holds for a bearer token: its hex SHA-256, so the
// token itself is never stored.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// CheckTokenHash refuses a token_sha256 that is not a hex SHA-256.
func CheckTokenHash(h string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
	if err != nil || len(b) != sha256.Size {
		return nil, errors.New("token_sha256 must be the hex SHA-256 of the bearer token (sha256sum of the token)")
	}
	return b, nil
}

// Pages is implemented by a plug-in that serves public pages people open by a short
// address (/verify), outside /v1/<name>/: the relayer mounts each Route's Path as given.
type Pages interface {
	Pages() []Route
}

// EventDecoder is implemented by a plug-in whose contracts emitted events their current
// ABIs no longer declare (those of an implementation before an upgrade, whose logs the
// proxy keeps): the event feed hands it each log it cannot decode with the current ABIs,
// and sends what it decodes. Called from several goroutines, after Start. handled false:
// not the plug-in's (or not an event it sends).
//
// An error is its event, not decoded now. Most are passing: a read of the chain that
// failed. The feed treats those as a failed read of its node: retried with back-off for as
// long as it takes, its clients kept until ws.stall_after, then told of the stall; it
// reads on once the node answers. An error that wraps ErrUndecodable says retrying cannot
// help (the log is malformed, or the plug-in cannot decode it at all): the feed stops,
// naming the event, rather than go on without it, until the relayer is fixed and
// restarted. Wrap it only for that: a stopped feed does not come back by itself.
type EventDecoder interface {
	DecodeEvent(ctx context.Context, l *types.Log) (ev *abidecode.Event, handled bool, err error)
}

// ErrUndecodable, wrapped in an EventDecoder's error, says the event can never be decoded
// as it stands (see EventDecoder): fmt.Errorf("...: %w", plugin.ErrUndecodable).
var ErrUndecodable = errors.New("the event cannot be decoded")
