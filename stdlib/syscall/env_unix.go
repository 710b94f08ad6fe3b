package syscall

import "sync"

// The environment, as Go keeps it: a copy of the process's initial
// environment, taken on first use, that Setenv and Unsetenv change (the
// kernel's copy stays as it was; ForkExec passes ProcAttr.Env explicitly).

// runtime_envc and runtime_env(i) give the initial environment's entries,
// "KEY=value" (runtime/abi.def).
func runtime_envc() int
func runtime_env(i int) string

var (
	// envOnce guards copyenv, which fills envs and env.
	envOnce sync.Once

	// envLock guards envs and env.
	envLock sync.RWMutex

	// envs holds the entries "KEY=value"; "" marks a deleted entry or a
	// later duplicate of a key (only a key's first entry counts).
	envs []string

	// env maps each key to the index of its entry in envs.
	env map[string]int
)

func copyenv() {
	n := runtime_envc()
	envs = make([]string, n)
	env = make(map[string]int)
	for i := 0; i < n; i++ {
		s := runtime_env(i)
		envs[i] = s
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				if _, ok := env[key]; !ok {
					env[key] = i
				} else {
					// Dropping duplicates now means Unsetenv can never
					// uncover a later entry of the same key.
					envs[i] = ""
				}
				break
			}
		}
	}
}

// Getenv returns the value of the variable key and whether it is set.
func Getenv(key string) (value string, found bool) {
	envOnce.Do(copyenv)
	if len(key) == 0 {
		return "", false
	}
	envLock.RLock()
	defer envLock.RUnlock()
	i, ok := env[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for j := 0; j < len(s); j++ {
		if s[j] == '=' {
			return s[j+1:], true
		}
	}
	return "", false
}

// Setenv sets the variable key to value. A key that is empty or contains
// '=' or NUL, or a value that contains NUL, is EINVAL.
func Setenv(key, value string) error {
	envOnce.Do(copyenv)
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	if indexNUL(value) >= 0 {
		return EINVAL
	}
	envLock.Lock()
	defer envLock.Unlock()
	kv := key + "=" + value
	i, ok := env[key]
	if ok {
		envs[i] = kv
	} else {
		i = len(envs)
		envs = append(envs, kv)
	}
	env[key] = i
	return nil
}

// Unsetenv removes the variable key; unsetting an unset key is not an
// error.
func Unsetenv(key string) error {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	return nil
}

// Clearenv removes every variable.
func Clearenv() {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	env = make(map[string]int)
	envs = []string{}
}

// Environ returns a copy of the environment as "KEY=value" strings, in
// the order the variables were first set.
func Environ() []string {
	envOnce.Do(copyenv)
	envLock.RLock()
	defer envLock.RUnlock()
	a := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			a = append(a, kv)
		}
	}
	return a
}
