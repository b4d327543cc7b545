package devnet

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnetinfo"
)

// The description file and its types live in devnetinfo, which links no node; these names
// keep devnet's callers as they were.
const InfoFile = devnetinfo.InfoFile

type (
	Info     = devnetinfo.Info
	NodeInfo = devnetinfo.NodeInfo
	Account  = devnetinfo.Account
)

// ErrNoDevnet is returned by ReadInfo when the directory holds no devnet.json.
var ErrNoDevnet = devnetinfo.ErrNoDevnet

// ReadInfo reads <dir>/devnet.json.
func ReadInfo(dir string) (*Info, error) { return devnetinfo.ReadInfo(dir) }

func writeInfo(dir string, info *Info) error {
	data, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", InfoFile, err)
	}
	return atomicfile.Write(filepath.Join(dir, InfoFile), append(data, '\n'), 0o644)
}

// UpdateContracts records contract addresses in <dir>/devnet.json.
func UpdateContracts(dir string, a deploy.Addresses) error {
	info, err := ReadInfo(dir)
	if err != nil {
		return err
	}
	info.Contracts = a
	return writeInfo(dir, info)
}
