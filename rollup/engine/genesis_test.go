package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/lockstep-xyz/lockstep/deployment"
)

// testChainID is the chain ID of the tests' chains.
const testChainID = 901

func TestDevGenesis(t *testing.T) {
	g := DevGenesis(testChainID)
	if err := g.Check(); err != nil {
		t.Fatal(err)
	}
	if len(g.Alloc) != 10 {
		t.Fatalf("%d dev accounts, want 10", len(g.Alloc))
	}
	for i, a := range DevAccounts { // the addresses of the keys the devnet and tests sign with
		key, err := deployment.DevKey(i)
		if err != nil {
			t.Fatal(err)
		}
		if crypto.PubkeyToAddress(key.PublicKey) != a {
			t.Errorf("DevAccounts[%d] %s is not dev key %d's address", i, a, i)
		}
	}
	first := g.Alloc[common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
	if first.Balance == nil || first.Balance.Cmp(devBalance) != 0 {
		t.Errorf("anvil account 0 holds %v, want 10,000 ETH", first.Balance)
	}
	c := g.Core()
	if c.Config.ChainID.Uint64() != testChainID || !c.Config.IsPrague(common.Big0, 0) || c.Config.TerminalTotalDifficulty.Sign() != 0 {
		t.Errorf("core genesis config %v", c.Config)
	}
	if _, ok := c.Alloc[params.BeaconRootsAddress]; !ok {
		t.Error("core genesis lacks the beacon roots system contract")
	}
	if DevGenesis(testChainID).Core().ToBlock().Hash() != c.ToBlock().Hash() {
		t.Error("two dev genesis blocks differ")
	}
}

func TestGenesisSaveLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "genesis.json")
	g := DevGenesis(7)
	g.FeeRecipient = common.Address{0xfe}
	if err := g.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := LoadGenesis(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Core().ToBlock().Hash() != g.Core().ToBlock().Hash() || back.FeeRecipient != g.FeeRecipient {
		t.Error("loaded genesis differs from the saved one")
	}

	bad := []struct {
		name, json, want string
	}{
		{"chain id", `{"chainId":0,"gasLimit":30000000}`, "chainId"},
		{"gas limit", `{"chainId":5,"gasLimit":4999}`, "gasLimit"},
		{"system contract", `{"chainId":5,"gasLimit":30000000,"alloc":{"` + params.BeaconRootsAddress.Hex() + `":{"balance":"0x1"}}}`, "system contract"},
		{"syntax", `{"chainId":`, "parse genesis"},
	}
	for _, tc := range bad {
		p := filepath.Join(dir, tc.name+".json")
		if err := os.WriteFile(p, []byte(tc.json), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadGenesis(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %v, want an error naming %q and the file", tc.name, err, tc.want)
		}
	}
	if _, err := LoadGenesis(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file loaded")
	}
}
