package relayer

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// Defaults.
const (
	DefaultListen        = "127.0.0.1:8600"
	DefaultConfirmations = 2
	DefaultBatchMax      = 64
	DefaultBatchWait     = 250 * time.Millisecond
	DefaultCreditBatch   = 500
)

// Config is everything the relayer runs on. A TOML file fills it, flags and environment
// variables override the file, and Check fills the defaults and refuses what cannot work.
type Config struct {
	RPC     string `toml:"rpc"`     // the node's JSON-RPC endpoint (ws:// or http://)
	Listen  string `toml:"listen"`  // host:port of the HTTP API
	DataDir string `toml:"datadir"` // holds the journal

	// Keystore files of the hot keys; one password file (or the environment variable)
	// unlocks them all.
	Keys         []string `toml:"keys"`
	PasswordFile string   `toml:"password_file"`

	// Contracts by name (CityForwarder, SCoin, MVoting, ...): from an address book file
	// (a devnet.json or a `contracts deploy --addresses` file), overridden entry by entry.
	AddressBook string                    `toml:"address_book"`
	Contracts   map[string]common.Address `toml:"contracts"`

	// Allow is what citizens may call through the forwarder: contract name to function
	// names. Anything else is refused with 403 before any gas is spent.
	Allow map[string][]string `toml:"allow"`

	Confirmations uint64        `toml:"confirmations"`
	Batching      bool          `toml:"batching"`   // relay requests go out through executeBatch
	BatchMax      int           `toml:"batch_max"`  // relay requests per executeBatch
	BatchWait     time.Duration `toml:"batch_wait"` // how long a request waits for others
	CreditBatch   int           `toml:"credit_batch"`

	// RatePerMinute and RateBurst limit each signer's relay requests.
	RatePerMinute float64 `toml:"rate_per_minute"`
	RateBurst     int     `toml:"rate_burst"`

	// Issuers are the back-office systems allowed to post credits.
	Issuers []Issuer `toml:"issuers"`

	WS WSConfig `toml:"ws"`

	TxMgr txmgr.Config `toml:"txmgr"`

	// HeadMaxAge is how old the chain head may be before /readyz says not ready.
	HeadMaxAge time.Duration `toml:"head_max_age"`
}

// Issuer is one back-office system: its bearer token is never stored, only its SHA-256.
type Issuer struct {
	Name      string `toml:"name"`
	TokenHash string `toml:"token_sha256"` // hex SHA-256 of the bearer token
	Program   uint32 `toml:"program"`      // the S-Coin program it credits
}

// WSConfig hardens the event feed as gorilla/websocket's examples do.
type WSConfig struct {
	Origins      []string      `toml:"origins"`       // browser origins allowed; none: only non-browser clients
	SendBuffer   int           `toml:"send_buffer"`   // polls (blocks of events) queued per client before it counts as slow
	ReadLimit    int64         `toml:"read_limit"`    // bytes of one client message
	PingInterval time.Duration `toml:"ping_interval"` // must be shorter than PongWait
	PongWait     time.Duration `toml:"pong_wait"`
	WriteWait    time.Duration `toml:"write_wait"`
	// SocketBuffer, if set, fixes each connection's kernel send buffer (bytes) instead of
	// letting it grow to megabytes: a client that stops reading is then noticed within
	// that many bytes, and costs no more memory.
	SocketBuffer int `toml:"socket_buffer"`
}

// DefaultAllow is what a devnet relays: S-Coin payments and ballots.
func DefaultAllow() map[string][]string {
	return map[string][]string{
		"SCoin":   {"transfer", "pay", "cancelRecovery"},
		"MVoting": {"castOpen", "castSecret"},
	}
}

// ErrConfig is wrapped by every configuration problem.
var ErrConfig = errors.New("relayer configuration")

// LoadFile reads a TOML configuration file into c; unknown keys are refused.
func (c *Config) LoadFile(path string) error {
	md, err := toml.DecodeFile(path, c)
	if err != nil {
		return fmt.Errorf("%w: read %s: %v", ErrConfig, path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		var keys []string
		for _, k := range und {
			keys = append(keys, k.String())
		}
		return fmt.Errorf("%w: %s: unknown keys %s", ErrConfig, path, strings.Join(keys, ", "))
	}
	return nil
}

// Check fills the defaults and refuses what cannot work, naming the setting and the fix.
func (c *Config) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
	}
	if c.RPC == "" {
		return bad("rpc: the node's JSON-RPC endpoint is required (--rpc)")
	}
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return bad("listen %q: want host:port (%v)", c.Listen, err)
	}
	if c.DataDir == "" {
		return bad("datadir: a directory for the journal is required (--datadir)")
	}
	if len(c.Keys) == 0 {
		return bad("keys: at least one keystore file of a hot key is required (--keystore)")
	}
	for _, k := range c.Keys {
		if _, err := os.Stat(k); err != nil {
			return bad("keys: %v", err)
		}
	}
	if c.Confirmations == 0 {
		c.Confirmations = DefaultConfirmations
	}
	if c.BatchMax == 0 {
		c.BatchMax = DefaultBatchMax
	}
	if c.BatchWait == 0 {
		c.BatchWait = DefaultBatchWait
	}
	if c.CreditBatch == 0 {
		c.CreditBatch = DefaultCreditBatch
	}
	if c.BatchMax < 1 || c.CreditBatch < 1 || c.CreditBatch > 2000 {
		return bad("batch_max must be at least 1 and credit_batch between 1 and 2000")
	}
	if c.RatePerMinute == 0 {
		c.RatePerMinute = 30
	}
	if c.RateBurst == 0 {
		c.RateBurst = 10
	}
	if c.Allow == nil {
		c.Allow = DefaultAllow()
	}
	if c.HeadMaxAge == 0 {
		c.HeadMaxAge = 30 * time.Second
	}
	c.TxMgr.Confirmations = c.Confirmations
	if err := c.TxMgr.Check(); err != nil {
		return bad("txmgr: %v", err)
	}
	seen := map[string]string{}
	for i, is := range c.Issuers {
		if is.Name == "" || is.Program == 0 {
			return bad("issuers[%d]: name and program are required", i)
		}
		h, err := hex.DecodeString(strings.TrimPrefix(is.TokenHash, "0x"))
		if err != nil || len(h) != sha256.Size {
			return bad("issuers[%d] (%s): token_sha256 must be the hex SHA-256 of the bearer token (sha256sum of the token)", i, is.Name)
		}
		if other, ok := seen[string(h)]; ok {
			return bad("issuers %s and %s have the same token", other, is.Name)
		}
		seen[string(h)] = is.Name
	}
	ws := &c.WS
	if ws.SendBuffer == 0 {
		ws.SendBuffer = 64
	}
	if ws.ReadLimit == 0 {
		ws.ReadLimit = 4096
	}
	if ws.PongWait == 0 {
		ws.PongWait = 60 * time.Second
	}
	if ws.PingInterval == 0 {
		ws.PingInterval = ws.PongWait * 9 / 10
	}
	if ws.WriteWait == 0 {
		ws.WriteWait = 10 * time.Second
	}
	if ws.PingInterval >= ws.PongWait {
		return bad("ws.ping_interval %s must be shorter than ws.pong_wait %s", ws.PingInterval, ws.PongWait)
	}
	return nil
}

// HashToken is what an issuer's token_sha256 holds for token.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}
