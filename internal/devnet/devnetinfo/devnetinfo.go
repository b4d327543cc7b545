package devnetinfo

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/wallet"
)

// InfoFile is the name of the description file inside the data directory.
const InfoFile = "devnet.json"

// Info is the content of devnet.json.
type Info struct {
	ChainID     uint64           `json:"chainId"`
	GenesisHash common.Hash      `json:"genesisHash"`
	Nodes       []NodeInfo       `json:"nodes"`
	Contracts   deploy.Addresses `json:"contracts"`
	Staff       Account          `json:"staff"`
	// Relayer is the relayer's hot key, funded for gas; RelayerURL its API of the latest start.
	Relayer    Account `json:"relayer"`
	RelayerURL string  `json:"relayerUrl,omitempty"`
	// Deploying is set while a start has its nodes up but not yet its contracts (and
	// relayer): commands wait for it to clear instead of finding no contracts.
	Deploying bool `json:"deploying,omitempty"`
	// RelayerHot are the relayer's further hot keys, funded for gas: the relayer sends
	// from Relayer and these in parallel.
	RelayerHot []Account `json:"relayerHot,omitempty"`
}

// NodeInfo describes one node. URLs are those of the latest start.
type NodeInfo struct {
	Name    string  `json:"name"`
	DataDir string  `json:"datadir"`
	Signer  Account `json:"signer"`
	Enode   string  `json:"enode"`
	HTTP    string  `json:"http"`
	WS      string  `json:"ws"`
	IPC     string  `json:"ipc"`
	P2PPort int     `json:"p2pPort"`
}

// Account is a keystore-held account; paths are absolute.
type Account struct {
	Address      common.Address `json:"address"`
	Keystore     string         `json:"keystore"`
	PasswordFile string         `json:"passwordFile"`
}

// Unlock decrypts the account's key with its password file.
func (a Account) Unlock() (*keystore.Key, error) {
	pw, err := wallet.PasswordSource{File: a.PasswordFile}.Read()
	if err != nil {
		return nil, err
	}
	return wallet.LoadKey(a.Keystore, pw)
}

// RPC returns the HTTP JSON-RPC URL of the first node.
func (i *Info) RPC() string {
	if len(i.Nodes) == 0 {
		return ""
	}
	return i.Nodes[0].HTTP
}

// NodeURLs returns every node's HTTP JSON-RPC URL, the first node's first.
func (i *Info) NodeURLs() []string {
	var urls []string
	for _, n := range i.Nodes {
		urls = append(urls, n.HTTP)
	}
	return urls
}

// ErrNoDevnet is returned by ReadInfo when the directory holds no devnet.json.
var ErrNoDevnet = errors.New("no devnet in directory")

// ReadInfo reads <dir>/devnet.json.
func ReadInfo(dir string) (*Info, error) {
	path := filepath.Join(dir, InfoFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s has no %s (start one with: seoulchain devnet --datadir %s)", ErrNoDevnet, dir, InfoFile, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	info := new(Info)
	if err := json.Unmarshal(data, info); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if info.Contracts == nil {
		info.Contracts = deploy.Addresses{}
	}
	return info, nil
}

// WriteInfo writes <dir>/devnet.json whole or not at all.
func WriteInfo(dir string, info *Info) error {
	data, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", InfoFile, err)
	}
	return atomicfile.Write(filepath.Join(dir, InfoFile), append(data, '\n'), 0o644)
}

// UpdateContracts records the contract addresses in <dir>/devnet.json.
func UpdateContracts(dir string, a deploy.Addresses) error {
	info, err := ReadInfo(dir)
	if err != nil {
		return err
	}
	info.Contracts = a
	return WriteInfo(dir, info)
}
