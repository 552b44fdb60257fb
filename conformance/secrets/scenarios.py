"""git-secrets conformance scenarios: each runs `setup` then `cmd` with bash in a fresh temp folder.

Every scenario starts in $ROOT/work (an empty folder); HOME is $ROOT/home (empty), git-secrets is
found on PATH at $ROOT/bin/git-secrets. Key-shaped values are assembled at run time from obviously
fake parts ($FAKE_ID is AKIA followed by FAKE four times; $FAKE_SECRET is forty characters built
from FAKE); AWS's documented EXAMPLE pair is what --register-aws allows.
"""

PRELUDE = r'''
FAKE_ID="AKIA""FAKEFAKEFAKEFAKE"
FAKE_SECRET="$(printf 'FAKE%.0s' 1 2 3 4 5 6 7 8 9 10)"
EXAMPLE_ID="AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
repo() { git init -q -b main "${1:-.}" >/dev/null; }
aws_patterns() {
  git config --add secrets.patterns '(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}'
  git config --add secrets.patterns '("|'"'"')?(AWS|aws|Aws)?_?(SECRET|secret|Secret)?_?(ACCESS|access|Access)?_?(KEY|key|Key)("|'"'"')?\s*(:|=>|=)\s*("|'"'"')?[A-Za-z0-9/\+=]{40}("|'"'"')?'
  git config --add secrets.patterns '("|'"'"')?(AWS|aws|Aws)?_?(ACCOUNT|account|Account)_?(ID|id|Id)?("|'"'"')?\s*(:|=>|=)\s*("|'"'"')?[0-9]{4}\-?[0-9]{4}\-?[0-9]{4}("|'"'"')?'
  git config --add secrets.allowed 'AKIAIOSFODNN7EXAMPLE'
  git config --add secrets.allowed 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
}
commit() { git add -A && git commit -q -m "${1:-change}"; }
'''

S = []


def sc(name, setup, cmd, stdin=None):
    S.append({"name": name, "setup": setup, "cmd": cmd, "stdin": stdin})


AWS_REPO = "repo; aws_patterns; "

# --- argument parsing, usage and unknown modes -------------------------------------------------
for args in ["", "-h", "--help-all", "--bogus", "-x", "-scan", "--sca", "--scan-h", "--ad", "--add-",
             "--a", "--pre", "--no-", "--no-scan", "--index", "--glob", "--scan=1", "--no-scan=1", "-rf",
             "-r --scan", "--list -f", "--scan -a", "--add -r x", "--scan --cached -r", "-- -f",
             "foo", "--commit", "-recursive", "--scan -h", "--end-of-options --scan", "--install --cached",
             "--scan --no-index --untracked -r", "-lh", "--list --global --recursive"]:
    sc(f"args {args or '(none)'}", "repo", f"git secrets {args}")

# --- --add, --list, dedupe, literal, global ------------------------------------------------------
sc("add pattern then list", "repo", "git secrets --add 'foo[0-9]+' && git secrets --list")
sc("add duplicate pattern exits 1", "repo; git secrets --add 'foo'", "git secrets --add 'foo'; echo rc=$?; git secrets --list")
sc("add substring of existing is a duplicate", "repo; git config --add secrets.patterns 'foobar'", "git secrets --add 'oba'; echo rc=$?; git secrets --list")
sc("add superstring of existing is new", "repo; git config --add secrets.patterns 'oba'", "git secrets --add 'foobar'; echo rc=$?; git secrets --list")
sc("add allowed", "repo", "git secrets --add -a 'allowed[0-9]' && git secrets --add --allowed 'x' && git secrets --list")
sc("add literal escapes specials", "repo", "git secrets --add -l 'a.b|c$d(e){f}?g+h*i^j[k]l\\m' && git config --get-all secrets.patterns")
sc("add literal allowed", "repo", "git secrets --add -a -l 'x.y' && git config --get-all secrets.allowed")
sc("add global", "repo", "git secrets --add --global 'glob[a-z]' && git secrets --list --global && git secrets --list")
sc("add global duplicate", "repo; git config --global --add secrets.patterns 'gg'", "git secrets --add --global 'gg'; echo rc=$?")
sc("add without pattern", "repo", "git secrets --add; echo rc=$?; git config --get-all secrets.patterns | od -c | head -3")
sc("add without pattern when one exists", "repo; git config --add secrets.patterns x", "git secrets --add; echo rc=$?")
sc("add only first argument", "repo", "git secrets --add one two; git config --get-all secrets.patterns")
sc("add pattern starting with dash", "repo", "git secrets --add -- '-foo'; echo rc=$?; git config --get-all secrets.patterns")
sc("add outside a repository", "", "git secrets --add 'x'; echo rc=$?")
sc("list outside a repository", "git config --global --add secrets.patterns g1", "git secrets --list; echo rc=$?")
sc("list empty", "repo", "git secrets --list; echo rc=$?")
sc("list with glob file in cwd", "repo; git config --add secrets.patterns p; touch secrets.txt", "git secrets --list; echo rc=$?")
sc("add-provider joins arguments", "repo", "git secrets --add-provider -- cat /dev/null 'x y' && git config --get-all secrets.providers")
sc("add-provider global", "repo", "git secrets --add-provider --global -- echo hi && git config --global --get-all secrets.providers")

# --- --register-aws and --aws-provider ------------------------------------------------------------
sc("register-aws", "repo", "git secrets --register-aws; echo rc=$?; git secrets --list")
sc("register-aws twice", "repo; git secrets --register-aws >/dev/null", "git secrets --register-aws; echo rc=$?; git config --get-all secrets.patterns | wc -l")
sc("register-aws global", "repo", "git secrets --register-aws --global; echo rc=$?; git config --global --get-all secrets.allowed")
sc("aws-provider missing file", "repo", "git secrets --aws-provider; echo rc=$?")
sc("aws-provider credentials", "mkdir -p $HOME/.aws; printf '[default]\\naws_access_key_id = %s\\naws_secret_access_key = \"%s+/.x\"\\nregion=us-east-1\\n' $FAKE_ID $FAKE_SECRET > $HOME/.aws/credentials",
   "git secrets --aws-provider; echo rc=$?")
sc("aws-provider explicit file", "printf 'aws_access_key_id=A.B|C$D(E){F}?G+H*I^J]K\\naws_secret_access_key=x=y\\nother=1\\n' > creds", "git secrets --aws-provider creds; echo rc=$?")
sc("scan uses aws provider keys", "repo; aws_patterns; git config --add secrets.providers 'git secrets --aws-provider creds'; printf 'aws_access_key_id=not.a.key\\n' > creds; echo 'value not.a.key here' > f.txt; echo 'value notXaXkey' > g.txt; git add f.txt g.txt",
   "git secrets --scan; echo rc=$?")

# --- --scan over the work tree --------------------------------------------------------------------
sc("scan no patterns", "repo; echo $FAKE_ID > a.txt; git add a.txt", "git secrets --scan; echo rc=$?")
sc("scan clean", AWS_REPO + "echo hello > a.txt; git add a.txt", "git secrets --scan; echo rc=$?")
sc("scan finds access key", AWS_REPO + "printf 'x\\nkey=%s\\n' $FAKE_ID > a.txt; git add a.txt", "git secrets --scan; echo rc=$?")
sc("scan finds secret key forms", AWS_REPO + "printf 'aws_secret_access_key = %s\\nsecret_key: \"%s\"\\n\"SecretAccessKey\": \"%s\"\\nnothing=%s\\n' $FAKE_SECRET $FAKE_SECRET $FAKE_SECRET $FAKE_SECRET > s.ini; git add s.ini", "git secrets --scan; echo rc=$?")
sc("scan finds account id", AWS_REPO + "printf \"aws_account_id = '1234-5678-9012'\\n\\\"AccountId\\\": \\\"123456789012\\\"\\naccount=12345678901\\n\" > acct.txt; git add acct.txt", "git secrets --scan; echo rc=$?")
sc("scan allowed example pair", AWS_REPO + "printf '%s\\naws_secret_access_key=%s\\n' $EXAMPLE_ID $EXAMPLE_SECRET > ex.txt; git add ex.txt", "git secrets --scan; echo rc=$?")
sc("scan allowed line next to a finding", AWS_REPO + "printf '%s\\n%s\\n' $EXAMPLE_ID AKIAIO5FODNN7EXAMPLE > ex.txt; git add ex.txt", "git secrets --scan; echo rc=$?")
sc("scan word boundaries", AWS_REPO + "printf 'X%s\\n%sX\\n_%s\\n-%s-\\n%s.\\nAKIA%s\\n' $FAKE_ID $FAKE_ID $FAKE_ID $FAKE_ID $FAKE_ID $FAKE_ID > w.txt; git add w.txt", "git secrets --scan; echo rc=$?")
sc("scan word retry after failed first match", "repo; git config --add secrets.patterns 'ab+'; printf 'abbbc ab\\nxab abb\\nabab\\n' > w.txt; git add w.txt", "git secrets --scan; echo rc=$?")
sc("scan leftmost longest alternation", "repo; git config --add secrets.patterns 'ab|abcd'; printf 'abcd\\nabc\\nab cd\\n' > w.txt; git add w.txt", "git secrets --scan; echo rc=$?")
sc("scan binary file skipped", AWS_REPO + "printf 'k=%s\\0bin\\n' $FAKE_ID > b.bin; printf 'k=%s\\n' $FAKE_ID > t.txt; git add b.bin t.txt", "git secrets --scan; echo rc=$?")
sc("scan nul after 8000 bytes", AWS_REPO + "{ printf 'k=%s\\n' $FAKE_ID; head -c 9000 /dev/zero | tr '\\0' 'a'; printf '\\0\\n'; } > late.bin; git add late.bin", "git secrets --scan; echo rc=$?")
sc("scan file names with spaces and non-ASCII", AWS_REPO + "mkdir 'd ir'; echo $FAKE_ID > 'd ir/a b.txt'; echo $FAKE_ID > 'ü.txt'; echo $FAKE_ID > 'q\"t'; git add -A", "git secrets --scan; echo rc=$?")
sc("scan quotepath off", AWS_REPO + "git config core.quotepath false; echo $FAKE_ID > 'ü.txt'; git add -A", "git secrets --scan; echo rc=$?")
for value, setting in [("bare", "printf '[core]\\n\\tquotepath\\n' >> .git/config"), ("00", "git config core.quotepath 00"),
                       ("2", "git config core.quotepath 2"), ("maybe", "git config core.quotepath maybe")]:
    sc(f"quotepath {value}", AWS_REPO + f"{setting}; echo $FAKE_ID > 'ü.txt'; commit a",
       "git secrets --scan; echo rc=$?; git secrets --scan-history; echo rc=$?; git secrets --scan --cached; echo rc=$?")
GREP_CONFIG = AWS_REPO + "mkdir -p sub; echo $FAKE_ID > top.txt; echo \"x${FAKE_ID}y $FAKE_ID\" > sub/w.txt; echo $FAKE_ID > 'sub/ü.txt'; commit a; echo $FAKE_ID > sub/new.txt"
GREP_MODES = "; ".join(f"git secrets {m}; echo rc=$?" for m in ["--scan", "--scan --cached", "--scan --untracked", "--scan-history", "--scan ../top.txt", "--scan --no-index w.txt"])
for setting in ["grep.column true", "grep.fullName true", "grep.fullName 1", "grep.column true; git config core.quotepath false"]:
    sc(f"git grep config {setting}", GREP_CONFIG + f"; git config {setting}", f"cd sub && {GREP_MODES}; cd .. && git secrets --scan; echo rc=$?")
sc("bare repository", AWS_REPO + "echo $FAKE_ID > a.txt; commit a; git clone -q --bare . ../bare.git; cd ../bare.git; aws_patterns",
   "cd ../bare.git; " + "; ".join(f"git secrets {m}; echo rc=$?" for m in ["--scan", "--scan --untracked", "--scan --cached", "--scan a.txt", "--scan-history", "--scan --no-index"]))
for setting in ["color.ui always", "color.grep always", "color.ui always; git config color.grep auto", "color.ui true",
                "color.grep always; git config color.grep.match 'blue reverse'; git config color.grep.filename '#ff8000'; git config color.grep.selected yellow; git config grep.column true"]:
    sc(f"colour {setting}", GREP_CONFIG + f"; echo 'x AKIA{'FAKE' * 4} y AKIA{'FAKE' * 4}x AKIA{'FAKE' * 4}' > sub/two.txt; git config {setting}",
       f"cd sub && {GREP_MODES}")
for first in ["-----BEGIN RSA PRIVATE KEY-----", "--cached", "-x[0-9]"]:
    sc(f"pattern read as git grep options {first}", f"repo; printf '[secrets]\\n\\tpatterns = %s\\n' '{first}' >> .git/config; git config --add secrets.patterns 'SECRET[0-9]'; git config --get-all secrets.patterns; echo 'SECRET1 -x1 -----BEGIN RSA PRIVATE KEY-----' > a; commit a; mkdir d",
       "; ".join(f"git secrets {m}; echo rc=$?" for m in ["--scan", "--scan --cached", "--scan --untracked", "--scan --no-index", "--scan a", "--scan-history"]) + "; cd d && git secrets --scan-history; echo rc=$?")
sc("scan non-UTF-8 content", AWS_REPO + "printf '\\xff\\xfe key %s \\xe9\\n' $FAKE_ID > latin1.txt; git add -A", "git secrets --scan 2>&1 | od -c | head; echo rc=${PIPESTATUS[0]}")
sc("scan CRLF lines", AWS_REPO + "printf 'a=%s\\r\\nb\\r\\n' $FAKE_ID > crlf.txt; git add -A", "git secrets --scan 2>&1 | od -c | head -4")
sc("scan last line without newline", AWS_REPO + "printf 'one\\n%s' $FAKE_ID > nonl.txt; git add -A", "git secrets --scan; echo rc=$?")
sc("scan untracked file ignored", AWS_REPO + "echo $FAKE_ID > new.txt", "git secrets --scan; echo rc=$?")
sc("scan deleted tracked file", AWS_REPO + "echo $FAKE_ID > gone.txt; git add -A; rm gone.txt", "git secrets --scan; echo rc=$?")
sc("scan worktree edit not staged", AWS_REPO + "echo clean > a.txt; git add -A; echo $FAKE_ID > a.txt", "git secrets --scan; echo rc=$?")
sc("scan empty repository", AWS_REPO, "git secrets --scan; echo rc=$?")
sc("scan outside a repository", "git config --global --add secrets.patterns AKIA; echo AKIA > f", "git secrets --scan; echo rc=$?")
sc("scan outside a repository without patterns", "echo AKIA > f", "git secrets --scan; echo rc=$?")
sc("scan from a subdirectory", AWS_REPO + "mkdir -p sub/deep; echo $FAKE_ID > top.txt; echo $FAKE_ID > sub/deep/s.txt; git add -A", "cd sub && git secrets --scan; echo rc=$?")
sc("scan invalid pattern", "repo; git config --add secrets.patterns 'ok'; git config --add secrets.patterns 'a{1'; echo ok > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan invalid pattern paren", "repo; git config --add secrets.patterns '(x'; echo x > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan invalid allowed pattern", AWS_REPO + "git config --add secrets.allowed '(unclosed'; echo $FAKE_ID > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan allowed matches file name", AWS_REPO + "git config --add secrets.allowed '^fixtures/'; mkdir fixtures; echo $FAKE_ID > fixtures/k; echo $FAKE_ID > real; git add -A", "git secrets --scan; echo rc=$?")
sc("scan allowed matches line number", AWS_REPO + "git config --add secrets.allowed ':2:'; printf '%s\\n%s\\n' $FAKE_ID $FAKE_ID > k; git add -A", "git secrets --scan; echo rc=$?")
sc("scan gitallowed file", AWS_REPO + "printf '# comment\\n\\n   \\nFAKEFAKEFAKE\\n  #indented comment\\n' > .gitallowed; echo $FAKE_ID > k; echo AKIAFAKEFAKEFAKEFAKF > j; git add -A", "git secrets --scan; echo rc=$?")
sc("scan gitallowed everything", AWS_REPO + "printf '.\\n' > .gitallowed; echo $FAKE_ID > k; git add -A", "git secrets --scan; echo rc=$?")
sc("scan empty allowed value allows all", AWS_REPO + "git config --add secrets.allowed ''; echo $FAKE_ID > k; git add -A", "git secrets --scan; echo rc=$?")
sc("scan pattern with space splits", "repo; git config --add secrets.patterns 'alpha beta'; printf 'alpha\\nbeta\\nalpha beta\\ngamma\\n' > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan pattern glob matches a file", "repo; git config --add secrets.patterns 'f*'; printf 'fa\\nfile1\\nzz\\n' > file1; git add file1", "git secrets --scan; echo rc=$?")
sc("scan pattern glob no match kept", "repo; git config --add secrets.patterns 'q[0-9]+'; printf 'q12\\nq\\n' > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan multiple patterns combined", "repo; git config --add secrets.patterns 'one'; git config --add secrets.patterns 'two|three'; printf 'one\\ntwo\\nthree\\nfour\\n' > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan anchors and classes", "repo; git config --add secrets.patterns '^start[[:digit:]]+$'; git config --add secrets.patterns '\\bword\\b'; printf 'start12\\n start12\\nstart12x\\na word here\\nswordfish\\n' > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan provider output becomes patterns", "repo; git config --add secrets.providers 'printf %s\\\\n prov1 prov2'; printf 'prov1\\nprov2\\nprov3\\n' > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan broken provider", "repo; git config --add secrets.patterns 'x1'; git config --add secrets.providers 'no-such-command-xyz arg'; echo x1 > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan provider with empty output", "repo; git config --add secrets.patterns 'x1'; git config --add secrets.providers 'true'; echo x1 > f; git add f", "git secrets --scan; echo rc=$?")
sc("scan cached", AWS_REPO + "echo $FAKE_ID > a.txt; git add a.txt; echo clean > a.txt; echo $FAKE_ID > b.txt", "git secrets --scan --cached; echo rc=$?")
sc("scan untracked", AWS_REPO + "echo $FAKE_ID > tracked.txt; git add tracked.txt; echo $FAKE_ID > untracked.txt; echo ign.txt > .gitignore; echo $FAKE_ID > ign.txt", "git secrets --scan --untracked; echo rc=$?")
sc("scan assume-unchanged and skip-worktree entries", AWS_REPO + "echo $FAKE_ID > a; echo $FAKE_ID > b; echo clean > c; git add -A; git update-index --assume-unchanged a c; git update-index --skip-worktree b; echo clean > a; echo AKIAFAKEFAKEFAKEFAKX > c", "git secrets --scan; echo rc=$?; git secrets --scan --cached; echo rc=$?")
sc("scan untracked walks the work tree in path order", AWS_REPO + "echo $FAKE_ID > b; mkdir a.d; echo $FAKE_ID > a.d/x; echo '*.log' > .gitignore; echo $FAKE_ID > t.log; git add -f b a.d/x t.log .gitignore; echo $FAKE_ID > a; echo $FAKE_ID > a.c; echo $FAKE_ID > u.log", "git secrets --scan --untracked; echo rc=$?")
sc("scan untracked from a subdirectory", AWS_REPO + "mkdir -p s/t; echo $FAKE_ID > s/z; git add s/z; echo $FAKE_ID > s/t/y; echo $FAKE_ID > s/a; echo $FAKE_ID > top", "cd s && git secrets --scan --untracked; echo rc=$?")
sc("scan no-index", "git config --global --add secrets.patterns 'AKIA[A-Z]{16}'; mkdir -p d/e; echo $FAKE_ID > d/e/f; echo $FAKE_ID > a; echo clean > b", "git secrets --scan --no-index; echo rc=$?")
sc("scan no-index inside repo includes ignored", AWS_REPO + "echo ign.txt > .gitignore; echo $FAKE_ID > ign.txt", "git secrets --scan --no-index; echo rc=$?")
sc("scan cached and untracked", AWS_REPO, "git secrets --scan --cached --untracked; echo rc=$?")
sc("scan no-index paths outside the current folder", AWS_REPO + "mkdir -p sub ../outside; echo $FAKE_ID > top.txt; echo $FAKE_ID > sub/s.txt; echo $FAKE_ID > ../outside/o.txt",
   "cd sub; " + "; ".join(f"git secrets --scan --no-index {a}; echo rc=$?" for a in ["../top.txt", "..", "../sub/s.txt", "'../*.txt'", "$PWD/../top.txt", "../../outside/o.txt", "s.txt ../top.txt"]))
sc("scan cached and no-index", AWS_REPO, "git secrets --scan --cached --no-index; echo rc=$?")
sc("scan pathspec", AWS_REPO + "mkdir d; echo $FAKE_ID > d/x; echo $FAKE_ID > y; git add -A", "git secrets --scan --cached d; echo rc=$?")
sc("scan pathspec glob", AWS_REPO + "mkdir d; echo $FAKE_ID > d/x.txt; echo $FAKE_ID > y.md; git add -A", "git secrets --scan --cached -- '*.txt'; echo rc=$?")
sc("scan explicit files", AWS_REPO + "echo $FAKE_ID > a.txt; echo clean > b.txt", "git secrets --scan a.txt b.txt; echo rc=$?")
sc("scan explicit file missing", AWS_REPO + "echo $FAKE_ID > a.txt", "git secrets --scan a.txt missing.txt; echo rc=$?")
sc("scan explicit directory skipped", AWS_REPO + "mkdir d; echo $FAKE_ID > d/a.txt", "git secrets --scan d; echo rc=$?")
sc("scan explicit directory recursive", AWS_REPO + "mkdir -p d/e; echo $FAKE_ID > d/e/a.txt", "git secrets --scan -r d; echo rc=$?")
sc("scan explicit binary file", AWS_REPO + "printf '%s\\0\\n' $FAKE_ID > a.bin", "git secrets --scan a.bin; echo rc=$?")
sc("scan explicit file with leading dash", AWS_REPO + "echo $FAKE_ID > ./-v", "git secrets --scan -- -v; echo rc=$?")
sc("scan explicit file GNU word rule", "repo; git config --add secrets.patterns 'ab+'; printf 'abbbc ab\\nxab abb\\nabab\\nabbx\\n' > w.txt", "git secrets --scan w.txt; echo rc=$?")
sc("scan explicit file outside a repository", "git config --global --add secrets.patterns 'AKIA[A-Z]{16}'; echo $FAKE_ID > f", "git secrets --scan f; echo rc=$?")
sc("scan explicit file leading star warning", "repo; git config --add secrets.patterns '*star'; echo '*star' > f", "git secrets --scan f; echo rc=$?")
sc("scan stdin", AWS_REPO, "echo \"commit $FAKE_ID\" | git secrets --scan -; echo rc=$?")
sc("scan explicit file no patterns", "repo; echo x > f", "git secrets --scan f; echo rc=$?")
sc("scan bad regex explicit file", "repo; git config --add secrets.patterns 'a{2,1}'; echo x > f", "git secrets --scan f; echo rc=$?")

# --- values GNU grep reads as options (git-secrets passes them without --) ----------------------------
sc("add dash value read as -e finds a duplicate", "repo; git config --add secrets.patterns 'xyz'", "git secrets --add -- '-ex'; echo rc=$?; git config --get-all secrets.patterns")
sc("add dash value missing option argument", "repo", "git secrets --add -- '-e'; echo rc=$?; git config --get-all secrets.patterns")
sc("add dash value unknown long option", "repo", "git secrets --add -a -- '--foo=bar'; echo rc=$?; git config --get-all secrets.allowed")
sc("add dash value ambiguous long option", "repo", "git secrets --add -- '--no'; echo rc=$?; git config --get-all secrets.patterns")
sc("add dash value version", "repo", "git secrets --add -- '--vers'; echo rc=$?; git config --get-all secrets.patterns")
sc("add dash value conflicting matchers", "repo", "git secrets --add -- '-E'; echo rc=$?; git config --get-all secrets.patterns")
sc("scan explicit file dash missing option argument", AWS_REPO + "echo $FAKE_ID > a.txt", "git secrets --scan -- a.txt -e; echo rc=$?")
sc("scan explicit file dash list names", AWS_REPO + "echo $FAKE_ID > a.txt; echo clean > b.txt", "git secrets --scan -- -l a.txt b.txt; echo rc=$?")
sc("scan explicit file dash no file names", AWS_REPO + "echo $FAKE_ID > a.txt", "git secrets --scan -- -h a.txt; echo rc=$?")
sc("scan explicit file dash count stdin", AWS_REPO, "git secrets --scan -- -c; echo rc=$?", stdin="x\n")
sc("scan explicit file dash invert stdin", AWS_REPO, "git secrets --scan -- -v; echo rc=$?", stdin="clean line\n")
sc("scan explicit file dash bad directories action", AWS_REPO + "echo $FAKE_ID > a.txt", "git secrets --scan -- -dx a.txt; echo rc=$?")
sc("scan explicit file dash ignore case", "repo; git config --add secrets.patterns 'pass(word)?'; printf 'PASSWORD=1\\nnothing\\n' > a.txt", "git secrets --scan -- -i a.txt; echo rc=$?")
sc("scan explicit file dash empty pattern file", AWS_REPO + "echo $FAKE_ID > a.txt", "git secrets --scan -- -f /dev/null a.txt; echo rc=$?; git secrets --scan -- -vf /dev/null a.txt; echo rc=$?")
sc("add dash value bundles a context option", "repo; git config --add secrets.patterns 'Abc-def'", "git secrets --add -- '-iABC'; echo rc=$?; git config --get-all secrets.patterns")
sc("scan explicit file dash only matching with offsets", "repo; git config --add secrets.patterns 'pass(word)?'; printf 'pass password passpass\\nnone\\n' > o.txt", "git secrets --scan -- -ob o.txt; echo rc=$?")
sc("scan explicit file dash context", "repo; git config --add secrets.patterns 'pass(word)?'; printf 'a\\nb\\npassword\\nc\\nd\\ne\\npass\\nf\\n' > c.txt; echo pass > d.txt", "git secrets --scan -- -C1 c.txt d.txt; echo rc=$?")
sc("scan explicit file dash null after names", AWS_REPO + "echo $FAKE_ID > a.txt; echo clean > b.txt", "git secrets --scan -- -Zl a.txt b.txt 2>&1 | tr '\\0' '@'; echo rc=${PIPESTATUS[0]}")
sc("scan allowed value starting with dash", "repo; git config --add secrets.patterns 'AKIA[A-Z]{16}'; git config --add secrets.allowed '-e'; echo $FAKE_ID > k; git add k", "git secrets --scan; echo rc=$?")
sc("scan tracked file replaced by a symlink", AWS_REPO + "echo clean > s; echo $FAKE_ID > target; git add -A; rm s; ln -s target s", "git secrets --scan; echo rc=$?")
sc("scan tracked file under a folder replaced by a file", AWS_REPO + "mkdir d; echo $FAKE_ID > d/f; echo $FAKE_ID > e; git add -A; rm -r d; echo x > d", "git secrets --scan; echo rc=$?")

# --- --scan-history -------------------------------------------------------------------------------
HIST = AWS_REPO + "echo clean > a.txt; commit one; echo $FAKE_ID > k.txt; commit two; echo more >> a.txt; commit three; git rm -q k.txt; commit four; "
sc("scan-history finds every revision", HIST, "git secrets --scan-history; echo rc=$?")
sc("scan-history no patterns", "repo; echo x > a; commit", "git secrets --scan-history; echo rc=$?")
sc("scan-history empty repository", AWS_REPO, "git secrets --scan-history; echo rc=$?")
sc("scan-history clean", AWS_REPO + "echo clean > a; commit", "git secrets --scan-history; echo rc=$?")
sc("scan-history branch only", HIST + "git checkout -q -b side; echo $FAKE_ID > side.txt; commit side; git checkout -q main", "git secrets --scan-history; echo rc=$?")
sc("scan-history allowed example replaced", AWS_REPO + "echo $FAKE_ID > k; commit a; echo $EXAMPLE_ID > k; commit b", "git secrets --scan-history; echo rc=$?")
sc("scan-history rename keeps finding", AWS_REPO + "echo $FAKE_ID > k; commit a; git mv k 'new name'; commit b; echo x > other; commit c", "git secrets --scan-history; echo rc=$?")
sc("scan-history unrelated commits skipped", AWS_REPO + "echo $FAKE_ID > k; commit a; echo x > b; commit b; echo y >> b; commit c", "git secrets --scan-history; echo rc=$?")
sc("scan-history merge", AWS_REPO + "echo base > b; commit base; git checkout -q -b feat; echo $FAKE_ID > k; commit feat; git checkout -q main; echo m > m; commit main2; git merge -q --no-edit feat; echo after > a; commit after", "git secrets --scan-history; echo rc=$?")
sc("scan-history outside repository", "git config --global --add secrets.patterns AKIA", "git secrets --scan-history; echo rc=$?")
sc("scan-history invalid pattern", "repo; git config --add secrets.patterns '(bad'; echo x > a; commit", "git secrets --scan-history; echo rc=$?")
sc("scan-history binary and non-ASCII path", AWS_REPO + "printf '%s\\0' $FAKE_ID > b.bin; echo $FAKE_ID > 'ü x.txt'; commit a", "git secrets --scan-history; echo rc=$?")
sc("scan-history moved line only", AWS_REPO + "printf '%s\\na\\nb\\n' $FAKE_ID > k; commit a; printf 'a\\nb\\n%s\\n' $FAKE_ID > k; commit b; echo z > z; commit c", "git secrets --scan-history; echo rc=$?")
sc("scan-history binary file becomes a symlink to a key", AWS_REPO + "printf 'x\\0y\\n' > f; commit a; rm f; ln -s $FAKE_ID f; commit b; echo z > z; commit c", "git secrets --scan-history; echo rc=$?")
sc("scan-history file with a key becomes a symlink", AWS_REPO + "echo $FAKE_ID > f; echo plain > g; commit a; rm f; ln -s elsewhere f; commit b", "git secrets --scan-history; echo rc=$?")
sc("scan-history symlink to a key becomes a file", AWS_REPO + "ln -s $FAKE_ID f; commit a; rm f; echo plain > f; commit b; echo $FAKE_ID > h; commit c", "git secrets --scan-history; echo rc=$?")
sc("scan-history from a subdirectory", AWS_REPO + "mkdir -p sub/deep other; echo $FAKE_ID > top.txt; echo $FAKE_ID > sub/deep/s.txt; commit a; echo $FAKE_ID > other/o.txt; commit b", "cd sub && git secrets --scan-history; echo rc=$?; cd ../other && git secrets --scan-history; echo rc=$?")
sc("scan-history from a subdirectory without findings there", AWS_REPO + "mkdir -p sub; echo $FAKE_ID > top.txt; echo clean > sub/c.txt; commit a", "cd sub && git secrets --scan-history; echo rc=$?")
sc("scan-history unterminated last line and a pattern that takes the newline", "repo; git config --add secrets.patterns 'SECRET[0-9][[:space:]]'; echo 'SECRET1 -' > keep; commit a; printf 'x SECRET2' > b; commit b; printf 'x SECRET2\\ny SECRET3' > b; commit c; echo z > z; commit d", "git secrets --scan-history; echo rc=$?")
sc("scan-history pattern without word boundary in diff", "repo; git config --add secrets.patterns 'key'; echo 'monkeys' > a; commit a; echo 'key' > b; commit b; echo 'monkeys2' >> a; commit c", "git secrets --scan-history; echo rc=$?")

# --- .gitattributes: the diff attribute decides binary-ness for git grep -I and git log -G ----------
ATTR = AWS_REPO + ("printf '*.dat -diff\\n*.bin diff\\n*.foo diff=foo\\nlocked/** binary\\n' > .gitattributes; "
                   "git config diff.foo.binary true; mkdir locked open; "
                   "echo $FAKE_ID > a.dat; printf '%s\\0 nul\\n' $FAKE_ID > b.bin; echo $FAKE_ID > c.foo; "
                   "echo $FAKE_ID > d.txt; echo $FAKE_ID > locked/e.txt; echo $FAKE_ID > open/e.txt; git add -A; ")
sc("attributes scan", ATTR, "git secrets --scan; echo rc=$?")
sc("attributes scan cached", ATTR + "echo $FAKE_ID > d.txt.new; git add -A", "git secrets --scan --cached; echo rc=$?")
sc("attributes scan untracked", ATTR, "git secrets --scan --untracked; echo rc=$?")
sc("attributes scan from a subdirectory", ATTR + "commit a", "cd open && git secrets --scan; echo rc=$?")
sc("attributes nested file overrides top", ATTR + "printf '*.txt -diff\\n' > open/.gitattributes; commit a", "git secrets --scan; echo rc=$?")
sc("attributes untracked attributes file counts", AWS_REPO + "echo $FAKE_ID > a.dat; commit a; echo '*.dat -diff' > .gitattributes", "git secrets --scan; echo rc=$?")
sc("attributes info attributes", AWS_REPO + "echo $FAKE_ID > a.dat; commit a; mkdir -p .git/info; echo '*.dat -diff' > .git/info/attributes", "git secrets --scan; git secrets --scan-history; echo rc=$?")
sc("attributes scan-history", ATTR + "commit a; echo $FAKE_ID >> d.txt; commit b; git rm -q a.dat; commit c", "git secrets --scan-history; echo rc=$?")

# --- --install and hooks --------------------------------------------------------------------------
sc("install", "repo", "git secrets --install; echo rc=$?; for h in commit-msg pre-commit prepare-commit-msg; do cat .git/hooks/$h; ls -l .git/hooks/$h | cut -c1-10; done")
sc("install twice refuses", "repo; git secrets --install >/dev/null", "git secrets --install; echo rc=$?")
sc("install existing hook kept", "repo; printf '#!/bin/sh\\necho mine\\n' > .git/hooks/pre-commit; chmod +x .git/hooks/pre-commit", "git secrets --install; echo rc=$?; cat .git/hooks/pre-commit; ls .git/hooks | grep -v sample")
sc("install force", "repo; printf '#!/bin/sh\\necho mine\\n' > .git/hooks/commit-msg", "git secrets --install -f; echo rc=$?; cat .git/hooks/commit-msg")
sc("install hook.d directories", "repo; mkdir .git/hooks/pre-commit.d .git/hooks/commit-msg.d", "git secrets --install; echo rc=$?; cat .git/hooks/pre-commit.d/git-secrets; ls .git/hooks/commit-msg.d")
sc("install target directory with .git", "repo target", "git secrets --install target; echo rc=$?; ls target/.git/hooks | grep -v sample")
sc("install template directory", "", "git secrets --install tmpl; echo rc=$?; ls tmpl/hooks")
sc("install outside a repository", "", "git secrets --install; echo rc=$?")
sc("install from a subdirectory", "repo; mkdir sub", "cd sub && git secrets --install; echo rc=$?")
sc("install unwritable target", "repo; touch file", "git secrets --install file; echo rc=$?")
sc("pre-commit hook refuses a key", AWS_REPO + "git secrets --install >/dev/null; echo $FAKE_ID > k.txt; git add k.txt", "git commit -q -m add; echo rc=$?; git log --oneline | wc -l")
sc("pre-commit hook allows clean commit", AWS_REPO + "git secrets --install >/dev/null; echo clean > k.txt; git add k.txt", "git commit -q -m add; echo rc=$?; git log --format=%s")
sc("pre-commit hook after first commit", AWS_REPO + "git secrets --install >/dev/null; echo clean > a; commit a; echo $FAKE_ID > b; echo clean2 >> a; git add -A", "git commit -q -m b; echo rc=$?")
sc("pre-commit hook ignores deleted file", AWS_REPO + "echo $FAKE_ID > k; git add k; git commit -q --no-verify -m a; git secrets --install >/dev/null; git rm -q k", "git commit -q -m rm; echo rc=$?")
sc("commit-msg hook refuses a key", AWS_REPO + "git secrets --install >/dev/null; echo clean > a; git add a", "git commit -q -m \"key $FAKE_ID\"; echo rc=$?")
sc("hook entry pre_commit_hook direct", AWS_REPO + "echo $FAKE_ID > k; git add k", "git secrets --pre_commit_hook; echo rc=$?")
sc("hook entry commit_msg_hook direct", AWS_REPO + "echo \"msg $FAKE_ID\" > msg", "git secrets --commit_msg_hook -- msg; echo rc=$?")
sc("hook entry prepare_commit_msg_hook not merge", AWS_REPO, "git secrets --prepare_commit_msg_hook -- .git/COMMIT_EDITMSG message; echo rc=$?")
