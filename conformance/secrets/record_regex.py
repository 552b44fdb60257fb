#!/usr/bin/env python3
"""Records how git grep (glibc regex) and GNU grep judge patterns line by line, into regex-cases.jsonl.

Usage: python3 conformance/secrets/record_regex.py

For every (pattern, lines) group below it runs, under LC_ALL=C, in a scratch repository:
  git grep -nwHEI -e PATTERN   (git-secrets' tree/work-tree search: glibc ERE, git's -w rule)
  git grep -nHEI -e PATTERN    (the same engine without -w, as `git log -G` applies it)
  grep -nwE -e PATTERN         (GNU grep: git-secrets' explicit-file search)
and stores, per line, whether each selected it, or the error text when the pattern is refused.
Lines are bytes given as Python escapes; key-shaped values are built from FAKE or AWS's EXAMPLE pair.
"""
import json
import os
import subprocess
import tempfile

KEY = "AKIA" + "FAKE" * 4
SECRET = "FAKE" * 10
CASES = [
    ("(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}",
     [KEY, "x" + KEY, KEY + "x", "_" + KEY, "-" + KEY + "-", "AKIA" + KEY, KEY + KEY, "A3TX" + "FAKE" * 4,
      "akia" + "FAKE" * 4, "AKIAFAKE", "(" + KEY + ")", KEY + "\xe9", "\xe9" + KEY, "AKIA" + "fake" * 4]),
    ("(\"|')?(AWS|aws|Aws)?_?(SECRET|secret|Secret)?_?(ACCESS|access|Access)?_?(KEY|key|Key)(\"|')?\\s*(:|=>|=)\\s*(\"|')?[A-Za-z0-9/\\+=]{40}(\"|')?",
     ["aws_secret_access_key = " + SECRET, "aws_secret_access_key=" + SECRET + "X", "key: '" + SECRET + "'",
      "\"SecretAccessKey\": \"" + SECRET + "\"", "monkey=" + SECRET, "KEY =>" + SECRET, "key\t=\t" + SECRET,
      "secret_key = \"" + SECRET[:39] + "\"", "Key=" + SECRET + "=", "xkey=" + SECRET]),
    ("(\"|')?(AWS|aws|Aws)?_?(ACCOUNT|account|Account)_?(ID|id|Id)?(\"|')?\\s*(:|=>|=)\\s*(\"|')?[0-9]{4}\\-?[0-9]{4}\\-?[0-9]{4}(\"|')?",
     ["aws_account_id = '1234-5678-9012'", "\"AccountId\": \"123456789012\"", "account=12345678901",
      "account=1234567890123", "myaccount=123456789012", "account: 1234-56789012"]),
    ("ab+", ["abbbc ab", "xab abb", "abab", "abbx", "ab", "abc", "a b", "xxabb abbbb"]),
    ("ab|abcd", ["abcd", "abc", "ab cd", "abcde", "x abcd"]),
    ("a|ab", ["ab", "a", "abc", "b ab"]),
    ("(a|ab)(c|bcd)", ["abcd", "abc", "acd", "abcd x"]),
    ("x*", ["", "x", "abc", "y x"]),
    ("[[:digit:]]+", ["123", "a1", "1a 2", "\xd9\xa3"]),
    ("[[:alpha:]_][[:alnum:]_]*", ["foo", "9foo", "_x1", "\xc3\xa9"]),
    ("\\bword\\b", ["a word here", "swordfish", "word", "words word"]),
    ("\\<w", ["w", "aw w", "aw"]),
    ("w\\>", ["w", "wa w", "wa"]),
    ("\\Bb\\B", ["abc", "b", "ab c"]),
    ("^start[[:digit:]]+$", ["start12", " start12", "start12x", "start"]),
    ("end$", ["the end", "endx", "end end"]),
    ("^", ["", "x"]),
    ("\\w+@\\w+", ["a@b", "@b", "x a@b y"]),
    ("\\S+\\s\\S+", ["a b", "ab", " a  b "]),
    ("\\W", ["a-b", "ab", "-"]),
    ("[^a-z]+", ["abc", "aBc", "ABC"]),
    ("[]a]", ["]", "a", "b"]),
    ("[^]a]", ["]", "a", "b"]),
    ("[a-]", ["-", "a", "b"]),
    ("[.]", [".", "a"]),
    ("a.c", ["abc", "a.c", "ac", "a\tc"]),
    ("a\\.c", ["a.c", "abc"]),
    ("\\$x", ["$x", "x"]),
    ("a{2}", ["aa", "a", "aaa", "baab"]),
    ("a{2,3}", ["aa", "aaaa", "a a"]),
    ("a{,2}b", ["b", "aab", "aaab"]),
    ("a{1,}b", ["ab", "b", "aaab"]),
    ("(ab){2}", ["abab", "ab", "ababab"]),
    ("()x", ["x", "y"]),
    ("a||b", ["a", "b", "c", ""]),
    ("x|", ["x", "y"]),
    ("a\\+b", ["a+b", "ab"]),
    ("a\\-b", ["a-b", "ab"]),
    ("\\d", ["d", "1"]),
    ("a)", ["a)", "a"]),
    ("[[=a=]]", ["a", "b"]),
    ("[[.-.]]", ["-", "a"]),
    ("fo+ba?r", ["foobar", "fobr", "foobbar"]),
    ("\xc3\xa9", ["\xc3\xa9", "e", "caf\xc3\xa9"]),
    ("\xe9", ["\xe9", "e"]),
    ("k\\s", ["k ", "k"]),
    ("*a", ["*a", "a"]),
    ("+a", ["+a", "a"]),
    ("a**", ["a", "aaa", "b"]),
    ("{1}a", ["{1}a", "a"]),
    ("a{", ["a{", "a"]),
    ("a{1", ["a{1", "a"]),
    ("a{x}", ["a{x}"]),
    ("a{2,1}", ["aa"]),
    ("(", ["("]),
    ("(a", ["a"]),
    ("[a", ["a"]),
    ("[[:foo:]]", ["a"]),
    ("a\\", ["a"]),
    ("\\1", ["a"]),
    ("[z-a]", ["a"]),
    ("x|*", ["x"]),
    ("^*", ["*"]),
    ("a{1,40000}", ["a"]),
    ("[[.space.]]", [" "]),
]


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, env=dict(os.environ, LC_ALL="C"))
    return p.returncode, p.stdout.decode("latin-1"), p.stderr.decode("latin-1")


def selected(rc, out, err, count):
    if rc not in (0, 1):
        return err.strip()
    hits = {int(l.split(":")[1]) for l in out.splitlines() if l}
    return [i + 1 in hits for i in range(count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
    grep = subprocess.run(["grep", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    with tempfile.TemporaryDirectory() as repo, open(os.path.join(here, "regex-cases.jsonl"), "w", encoding="utf-8") as out:
        subprocess.run(["git", "init", "-q", repo], check=True)
        out.write(json.dumps({"kind": "header", "git": git, "grep": grep, "cases": len(CASES)}) + "\n")
        for pattern, lines in CASES:
            with open(os.path.join(repo, "f"), "wb") as f:
                f.write("".join(l + "\n" for l in lines).encode("latin-1"))
            subprocess.run(["git", "add", "f"], cwd=repo, check=True)
            record = {"pattern": pattern, "lines": lines,
                      "git_word": selected(*run(["git", "grep", "-nwHEI", "-e", pattern.encode("latin-1"), "--", "f"], repo), len(lines)),
                      "git_plain": selected(*run(["git", "grep", "-nHEI", "-e", pattern.encode("latin-1"), "--", "f"], repo), len(lines)),
                      "gnu_word": selected(*run(["grep", "-nwHE", "-e", pattern.encode("latin-1"), "f"], repo), len(lines))}
            warn = run(["grep", "-nwHE", "-e", pattern.encode("latin-1"), "f"], repo)[2]
            record["gnu_warnings"] = [l for l in warn.splitlines() if "warning" in l]
            out.write(json.dumps(record) + "\n")
    print(f"recorded {len(CASES)} pattern groups with {git}, {grep}")


if __name__ == "__main__":
    main()
