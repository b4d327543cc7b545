package relayer

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Defaults.
const (
	DefaultListen        = "127.0.0.1:8600"
	DefaultConfirmations = 2
	DefaultBatchMax      = 64
	DefaultBatchWait     = 250 * time.Millisecond
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

	// RatePerMinute and RateBurst limit each signer's relay requests.
	RatePerMinute float64 `toml:"rate_per_minute"`
	RateBurst     int     `toml:"rate_burst"`

	WS WSConfig `toml:"ws"`

	TxMgr txmgr.Config `toml:"txmgr"`

	// HeadMaxAge is how old the chain head may be before /readyz says not ready.
	HeadMaxAge time.Duration `toml:"head_max_age"`

	// Plugins holds the plug-ins' settings: the TOML tables named after them ([mileage])
	// and the top-level keys the relayer does not know (a plug-in claims those of its
	// settings that were once top-level, plugin.LegacyKeys). New refuses what no plug-in
	// takes. In Go, set a plug-in's table with plugin.SectionOf.
	Plugins map[string]any `toml:"-"`
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

// ErrConfig is wrapped by every configuration problem.
var ErrConfig = errors.New("relayer configuration")

// LoadFile reads a TOML configuration file into c. Keys the relayer does not know are
// kept in c.Plugins for the plug-ins; New refuses those no plug-in takes.
func (c *Config) LoadFile(path string) error {
	md, err := toml.DecodeFile(path, c)
	if err != nil {
		return fmt.Errorf("%w: read %s: %v", ErrConfig, path, err)
	}
	// A key the relayer does not know at the top level is a plug-in's; one inside a table
	// of the relayer's ([txmgr], [ws]) is a mistake.
	plugins := map[string]bool{}
	for _, k := range md.Undecoded() {
		if len(k) == 1 {
			plugins[k[0]] = true
		}
	}
	var unknown []string
	for _, k := range md.Undecoded() {
		if !plugins[k[0]] {
			unknown = append(unknown, k.String())
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("%w: %s: unknown keys %s", ErrConfig, path, strings.Join(unknown, ", "))
	}
	if len(plugins) == 0 {
		return nil
	}
	var raw map[string]any
	if _, err := toml.DecodeFile(path, &raw); err != nil {
		return fmt.Errorf("%w: read %s: %v", ErrConfig, path, err)
	}
	if c.Plugins == nil {
		c.Plugins = map[string]any{}
	}
	for top := range plugins {
		c.Plugins[top] = raw[top]
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
	if c.BatchMax < 1 {
		return bad("batch_max must be at least 1")
	}
	if c.RatePerMinute == 0 {
		c.RatePerMinute = 30
	}
	if c.RateBurst == 0 {
		c.RateBurst = 10
	}
	if c.HeadMaxAge == 0 {
		c.HeadMaxAge = 30 * time.Second
	}
	c.TxMgr.Confirmations = c.Confirmations
	if err := c.TxMgr.Check(); err != nil {
		return bad("txmgr: %v", err)
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
func HashToken(token string) string { return plugin.HashToken(token) }
