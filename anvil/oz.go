package anvil

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// OpenZeppelin 4.9.6 artifacts deployed from node_modules at run time (their bytecode is not
// copied into this repository).
const (
	ozProxyAdmin  = "ProxyAdmin"
	ozProxy       = "TransparentUpgradeableProxy"
	ozMinterToken = "ERC20PresetMinterPauser"
)

type ozArtifact struct {
	abi      abi.ABI
	bytecode []byte
}

// loadOZ reads the named artifacts (Truffle-style JSON with "abi" and "bytecode") from dir.
func loadOZ(dir string, names ...string) (map[string]ozArtifact, error) {
	out := make(map[string]ozArtifact, len(names))
	for _, name := range names {
		path := filepath.Join(dir, name+".json")
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read OpenZeppelin artifact: %w", err)
		}
		var art struct {
			ABI      json.RawMessage `json:"abi"`
			Bytecode string          `json:"bytecode"`
		}
		if err := json.Unmarshal(raw, &art); err != nil {
			return nil, fmt.Errorf("parse %s: %w", path, err)
		}
		parsed, err := abi.JSON(strings.NewReader(string(art.ABI)))
		if err != nil {
			return nil, fmt.Errorf("parse ABI in %s: %w", path, err)
		}
		code := common.FromHex(art.Bytecode)
		if len(code) == 0 {
			return nil, fmt.Errorf("%s has no bytecode", path)
		}
		out[name] = ozArtifact{abi: parsed, bytecode: code}
	}
	return out, nil
}
