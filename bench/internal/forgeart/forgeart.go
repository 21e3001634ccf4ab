// Package forgeart reads forge build artifacts (contracts/out/<File>.sol/<Contract>.json), for
// benchmarks that deploy a contract which has no Go binding, such as a test harness.
package forgeart

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Artifact is a contract's ABI and creation bytecode.
type Artifact struct {
	ABI      abi.ABI
	Bytecode []byte
}

// Load reads the artifact of contract from forge's output folder out.
func Load(out, file, contract string) (Artifact, error) {
	path := filepath.Join(out, file, contract+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return Artifact{}, fmt.Errorf("read forge artifact (run `make contracts`): %w", err)
	}
	var j struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		return Artifact{}, fmt.Errorf("parse %s: %w", path, err)
	}
	var a Artifact
	if a.ABI, err = abi.JSON(strings.NewReader(string(j.ABI))); err != nil {
		return Artifact{}, fmt.Errorf("parse the ABI in %s: %w", path, err)
	}
	if a.Bytecode, err = hexutil.Decode(j.Bytecode.Object); err != nil || len(a.Bytecode) == 0 {
		return Artifact{}, fmt.Errorf("%s has no creation bytecode (run `make contracts`): %v", path, err)
	}
	return a, nil
}

// DefaultOut is <module root>/contracts/out, the module root being the nearest folder above
// the working directory with a go.mod (where foundry.toml puts forge's output).
func DefaultOut() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "contracts", "out"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory to find contracts/out in")
		}
		dir = parent
	}
}
