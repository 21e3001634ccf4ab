package bench

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// clockTicks is USER_HZ, the unit of CPU times in /proc/<pid>/stat: 100 on every Linux
// architecture Go supports (the kernel exports it to user space as a constant).
const clockTicks = 100

// Usage is what a process (or the machine) used over a measurement window.
type Usage struct {
	// CPUPercent is CPU time over wall time: 100 is one core busy all the time.
	CPUPercent float64 `json:"cpuPercent"`
	// RSS in MiB, sampled during the window (zero for the machine).
	RSSAvgMiB float64 `json:"rssAvgMiB,omitempty"`
	RSSMaxMiB float64 `json:"rssMaxMiB,omitempty"`
}

// Resources are measured during a point's window: one node of the system under load (node 0),
// the load generator (this process) and the whole machine.
type Resources struct {
	Node    Usage `json:"node"`
	Client  Usage `json:"client"`
	Machine Usage `json:"machine"`
}

// procCPU returns a process's user+system CPU time from /proc/<pid>/stat.
func procCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	return parseStatCPU(string(b))
}

// parseStatCPU reads utime and stime (fields 14 and 15) of a /proc/<pid>/stat line. The command
// name (field 2) is in parentheses and may hold spaces, so fields count from the last ')'.
func parseStatCPU(stat string) (time.Duration, error) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, fmt.Errorf("parse /proc stat: no command name")
	}
	f := strings.Fields(stat[i+1:]) // f[0] is field 3 (state)
	if len(f) < 13 {
		return 0, fmt.Errorf("parse /proc stat: %d fields", len(f)+2)
	}
	var ticks uint64
	for _, s := range f[11:13] {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("parse /proc stat: %w", err)
		}
		ticks += n
	}
	return time.Duration(ticks) * time.Second / clockTicks, nil
}

// procRSS returns a process's resident set size in bytes (VmRSS of /proc/<pid>/status).
func procRSS(pid int) (uint64, error) {
	v, ok := procField(fmt.Sprintf("/proc/%d/status", pid), "VmRSS", ":")
	if !ok {
		return 0, fmt.Errorf("no VmRSS for pid %d", pid)
	}
	kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(v, "kB")), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse VmRSS %q: %w", v, err)
	}
	return kb << 10, nil
}

// machineCPU returns the machine's busy and total CPU time (all cores) from /proc/stat.
func machineCPU() (busy, total uint64, err error) {
	v, ok := procField("/proc/stat", "cpu", " ")
	if !ok {
		return 0, 0, fmt.Errorf("no cpu line in /proc/stat")
	}
	return parseMachineCPU(v)
}

// parseMachineCPU sums the jiffies of /proc/stat's cpu line; idle and iowait are not busy.
func parseMachineCPU(fields string) (busy, total uint64, err error) {
	for i, s := range strings.Fields(fields) {
		if i >= 8 { // guest times are already counted in user and nice
			break
		}
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("parse /proc/stat: %w", err)
		}
		total += n
		if i != 3 && i != 4 {
			busy += n
		}
	}
	return busy, total, nil
}

// sampler measures Resources between begin and end, sampling the node's RSS meanwhile.
type sampler struct {
	pid int

	mu                  sync.Mutex
	begun               time.Time
	nodeCPU, selfCPU    time.Duration
	machBusy, machTotal uint64
	rss                 []uint64
	err                 error

	stop chan struct{}
	done chan struct{}
}

const rssEvery = 250 * time.Millisecond

// begin takes the first readings and starts sampling RSS.
func (s *sampler) begin(pid int) {
	s.pid, s.begun = pid, time.Now()
	s.nodeCPU, s.err = procCPU(pid)
	s.selfCPU, _ = procCPU(os.Getpid())
	s.machBusy, s.machTotal, _ = machineCPU()
	s.stop, s.done = make(chan struct{}), make(chan struct{})
	go func() { // owned: end waits on done
		defer close(s.done)
		t := time.NewTicker(rssEvery)
		defer t.Stop()
		for {
			if rss, err := procRSS(pid); err == nil {
				s.mu.Lock()
				s.rss = append(s.rss, rss)
				s.mu.Unlock()
			}
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
}

// end stops sampling and returns what was used since begin.
func (s *sampler) end() (Resources, error) {
	close(s.stop)
	<-s.done
	wall := time.Since(s.begun)
	var r Resources
	nodeCPU, err := procCPU(s.pid)
	if err == nil && s.err == nil {
		r.Node.CPUPercent = percent(nodeCPU-s.nodeCPU, wall)
	} else if err == nil {
		err = s.err
	}
	if self, e := procCPU(os.Getpid()); e == nil {
		r.Client.CPUPercent = percent(self-s.selfCPU, wall)
	}
	if busy, total, e := machineCPU(); e == nil && total > s.machTotal {
		// Percent of one core, like the processes': busy share of all cores times their number.
		r.Machine.CPUPercent = round1(float64(busy-s.machBusy) / float64(total-s.machTotal) * 100 * float64(runtime.NumCPU()))
	}
	s.mu.Lock()
	r.Node.RSSAvgMiB, r.Node.RSSMaxMiB = rssStats(s.rss)
	s.mu.Unlock()
	return r, err
}

func percent(cpu, wall time.Duration) float64 {
	if wall <= 0 {
		return 0
	}
	return round1(float64(cpu) / float64(wall) * 100)
}

func rssStats(samples []uint64) (avg, peak float64) {
	if len(samples) == 0 {
		return 0, 0
	}
	var sum, hi uint64
	for _, v := range samples {
		sum += v
		hi = max(hi, v)
	}
	const mib = 1 << 20
	return round1(float64(sum) / float64(len(samples)) / mib), round1(float64(hi) / mib)
}

func round1(x float64) float64 { return float64(int64(x*10+0.5)) / 10 }
