package relayer

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/rpcurl"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Defaults.
const (
	DefaultListen        = "127.0.0.1:8600"
	DefaultConfirmations = 2
	DefaultBatchMax      = 256
	DefaultBatchWait     = 100 * time.Millisecond
	// DefaultBatchBytes keeps a batch's calldata well under geth's 128 KiB transaction
	// limit (txmgr.MaxTxSize), with room for the transaction's own fields.
	DefaultBatchBytes = 96 << 10
	DefaultBatchGas   = 30_000_000
	// DefaultMaxRelayData bounds one request's calldata, so that any accepted request fits
	// a transaction alone.
	DefaultMaxRelayData = 16 << 10
	// DefaultStallAfter is how long the event feed waits out a node it cannot read before
	// it tells its clients (WSConfig.StallAfter): longer than a node's restart.
	DefaultStallAfter = 5 * time.Minute
)

// Config is everything the relayer runs on. A TOML file fills it, flags and environment
// variables override the file, and Check fills the defaults and refuses what cannot work.
type Config struct {
	RPC string `toml:"rpc"` // the node's JSON-RPC endpoint (ws:// or http://)
	// Node.Also are further nodes every transaction is handed to as well.
	Node    NodeConfig `toml:"node"`
	Listen  string     `toml:"listen"`  // host:port of the HTTP API
	DataDir string     `toml:"datadir"` // holds the journal

	// Keystore files of the hot keys; one password file (or the environment variable)
	// unlocks them all.
	Keys         []string `toml:"keys"`
	PasswordFile string   `toml:"password_file"`
	// KeyPasswordFiles, if given, unlock Keys one by one (a devnet's keys each have one);
	// an empty entry falls back to PasswordFile.
	KeyPasswordFiles []string `toml:"key_password_files"`

	// Contracts by name (CityForwarder, SCoin, MVoting, ...): from an address book file
	// (a devnet.json or a `contracts deploy --addresses` file), overridden entry by entry.
	AddressBook string                    `toml:"address_book"`
	Contracts   map[string]common.Address `toml:"contracts"`

	// Allow is what citizens may call through the forwarder: contract name to function
	// names. Anything else is refused with 403 before any gas is spent.
	Allow map[string][]string `toml:"allow"`

	Confirmations uint64        `toml:"confirmations"`
	Batching      bool          `toml:"batching"`       // relay requests go out through executeBatch
	BatchMax      int           `toml:"batch_max"`      // relay requests per executeBatch
	BatchWait     time.Duration `toml:"batch_wait"`     // how often batches are cut
	BatchBytes    int           `toml:"batch_bytes"`    // calldata bytes per executeBatch (under 128 KiB)
	BatchGas      uint64        `toml:"batch_gas"`      // gas per executeBatch (under the block gas limit)
	MaxRelayData  int           `toml:"max_relay_data"` // calldata bytes of one relay request

	// GlobalRatePerSecond and GlobalBurst limit relay requests from everyone together,
	// beside the per-signer limit: new signers cost nothing to make.
	GlobalRatePerSecond float64 `toml:"global_rate_per_second"`
	GlobalBurst         int     `toml:"global_burst"`
	// MaxSimulations bounds the simulations (one eth_call of a request's call each) run at
	// once; a request over it is refused with 503 and Retry-After.
	MaxSimulations int `toml:"max_simulations"`

	HTTP HTTPConfig `toml:"http"`

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

// NodeConfig names further nodes of the chain the relayer sends through besides RPC.
type NodeConfig struct {
	// Also are further nodes' JSON-RPC endpoints (the chain's other signers) each
	// transaction the node at RPC took is handed to as well, best effort: whichever signer
	// is in turn then has it in its own pool, where a batch over 4 KiB would otherwise
	// reach it only announced and fetched over peer-to-peer, often a block late. A further
	// node's error is logged at debug and never fails a send (internal/fanout). With
	// --devnet: the devnet's other nodes.
	//
	// Check drops the node at RPC and a node named twice, however its URL is written
	// (localhost or 127.0.0.1, a trailing slash, the default port): it would be handed
	// every transaction twice. A node's ws:// and http:// URLs are known to be one node
	// only from a devnet's devnet.json (--devnet); otherwise name each node by one URL.
	Also []string `toml:"also"`
	// same groups the URLs known to reach one node (a devnet node's HTTP, WebSocket and
	// IPC endpoints), for Check's rpcurl.Distinct.
	same [][]string
}

// HTTPConfig bounds the HTTP server: slow clients cannot hold connections open.
type HTTPConfig struct {
	ReadTimeout  time.Duration `toml:"read_timeout"`
	WriteTimeout time.Duration `toml:"write_timeout"` // not for the event feed, which sets its own deadlines
	IdleTimeout  time.Duration `toml:"idle_timeout"`
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
	// MaxClients and MaxClientsPerAddr cap the feed's connections, in total and per
	// client IP address.
	MaxClients        int `toml:"max_clients"`
	MaxClientsPerAddr int `toml:"max_clients_per_addr"`
	// ReplayBlocks is how many blocks of past events one replay page reads: a replay from
	// 0-0 walks the chain page by page, holding one page at a time.
	ReplayBlocks uint64 `toml:"replay_blocks"`
	// StallAfter is how long the feed's reads from the node may fail in a row before the
	// connected clients are told the feed stalled (closed with 1013, try again later) and
	// new ones are refused with 503 until a read succeeds; the reads go on meanwhile.
	// 0 is the default (DefaultStallAfter): the stall cannot be turned off, a feed that
	// reads nothing is never left looking alive.
	StallAfter time.Duration `toml:"stall_after"`
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
	// A key under a top-level name the relayer does not know is a plug-in's, however it is
	// written ([funds] or only [[funds.collectors]]); an unknown key inside a table of the
	// relayer's ([txmgr], [ws]) is a mistake.
	undecoded := map[string]bool{}
	for _, k := range md.Undecoded() {
		undecoded[k.String()] = true
	}
	relayers := map[string]bool{}
	for _, k := range md.Keys() {
		if !undecoded[k.String()] {
			relayers[k[0]] = true
		}
	}
	plugins := map[string]bool{}
	var unknown []string
	for _, k := range md.Undecoded() {
		if relayers[k[0]] {
			unknown = append(unknown, k.String())
		} else {
			plugins[k[0]] = true
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
	for _, u := range c.Node.Also {
		if p, err := url.Parse(u); err != nil || p.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, p.Scheme) {
			return bad("node.also %q: want a node's JSON-RPC endpoint, http(s):// or ws(s)://host:port", u)
		}
	}
	c.Node.Also = rpcurl.Distinct(c.Node.Also, c.RPC, c.Node.same)
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
	if c.BatchBytes == 0 {
		c.BatchBytes = DefaultBatchBytes
	}
	if c.BatchGas == 0 {
		c.BatchGas = DefaultBatchGas
	}
	if c.MaxRelayData == 0 {
		c.MaxRelayData = DefaultMaxRelayData
	}
	if c.BatchBytes < 4<<10 || c.BatchBytes > 120<<10 {
		return bad("batch_bytes %d: want 4 KiB to 120 KiB (geth refuses a transaction over 128 KiB)", c.BatchBytes)
	}
	if c.MaxRelayData < 256 || c.MaxRelayData > c.BatchBytes/2 {
		return bad("max_relay_data %d: want 256 bytes to half of batch_bytes (%d)", c.MaxRelayData, c.BatchBytes/2)
	}
	if c.BatchGas < 2_000_000 {
		return bad("batch_gas %d: want at least 2,000,000 (a request may take 1,000,000)", c.BatchGas)
	}
	if c.GlobalRatePerSecond == 0 {
		c.GlobalRatePerSecond = 2000
	}
	if c.GlobalBurst == 0 {
		c.GlobalBurst = int(c.GlobalRatePerSecond)
	}
	if c.MaxSimulations == 0 {
		c.MaxSimulations = 64
	}
	h := &c.HTTP
	if h.ReadTimeout == 0 {
		h.ReadTimeout = 15 * time.Second
	}
	if h.WriteTimeout == 0 {
		h.WriteTimeout = 30 * time.Second
	}
	if h.IdleTimeout == 0 {
		h.IdleTimeout = 2 * time.Minute
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
	if ws.MaxClients == 0 {
		ws.MaxClients = 10_000
	}
	if ws.MaxClientsPerAddr == 0 {
		ws.MaxClientsPerAddr = 64
	}
	if ws.ReplayBlocks == 0 {
		ws.ReplayBlocks = 2_000
	}
	if ws.StallAfter == 0 {
		ws.StallAfter = DefaultStallAfter
	}
	if ws.StallAfter < 0 {
		return bad("ws.stall_after %s: want a positive duration (default %s)", ws.StallAfter, DefaultStallAfter)
	}
	if ws.PingInterval >= ws.PongWait {
		return bad("ws.ping_interval %s must be shorter than ws.pong_wait %s", ws.PingInterval, ws.PongWait)
	}
	return nil
}

// HashToken is what an issuer's token_sha256 holds for token.
func HashToken(token string) string { return plugin.HashToken(token) }
