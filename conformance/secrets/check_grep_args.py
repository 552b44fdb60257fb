#!/usr/bin/env python3
"""Differential check of GNU grep's option parsing as git-secrets reaches it (values starting with `-`).

Usage: python3 conformance/secrets/check_grep_args.py RAMPART_GIT_SECRETS_COMMAND
e.g.   python3 conformance/secrets/check_grep_args.py "dotnet $PWD/src/Rampart.Cli/bin/Debug/net10.0/rampart.dll git-secrets"
(an absolute path: each case runs in its own temporary repository)

Needs Debian's git-secrets 1.3.0 and GNU grep 3.8. For every argument list below it runs
`git secrets --scan -- ARGS` (explicit files: grep -d skip -nwHEI "$patterns" ARGS), `git secrets
--add -- VALUE` (grep -Fq VALUE) and a scan with `secrets.allowed` set to VALUE (grep -Ev VALUE) with
both implementations in fresh repositories and compares exit code, stdout, stderr (and the config
after --add). Prints each difference and a count; exits 1 when any differs.
"""
import os
import shlex
import subprocess
import sys
import tempfile

SCAN = r"""-v|-c|-c a.txt b.txt|-l a.txt b.txt c.bin|-L a.txt b.txt c.bin|-h a.txt|-n a.txt|-x a.txt|-i a.txt
-F a.txt|-e|-e pass a.txt|-f pats a.txt|-f nope a.txt|-q a.txt|-s a.txt nope.txt|-m1 a.txt|-m 0 a.txt
-a c.bin|--binary-files=text c.bin|-c c.bin a.txt|-r d|-R d|-d read d|-dre d|-dx a.txt|--no a.txt
--foo a.txt|--cou=2 a.txt|--label=X -|-|-V|--help|-u a.txt|-y a.txt|-Z a.txt|-Zl a.txt b.txt
--color=never a.txt|--color=bogus a.txt|-X egrep a.txt|-X foo a.txt|-- -v|-H a.txt|-lc a.txt|-w a.txt
-vc a.txt b.txt|-i -e PASS a.txt|-iF PASSWORD a.txt|--no-ignore-case -i a.txt|-ix a.txt|-Lq a.txt
-cq a.txt|-vx a.txt|-s nope.txt|-sq nope.txt a.txt|-e '' a.txt|-f /dev/null a.txt|-vf /dev/null a.txt
-w -e pass a.txt|-m1 -c a.txt|-f d a.txt|-Lf /dev/null a.txt|-m0 -L a.txt|-A1 ctx.txt|-B2 ctx.txt
-C1 ctx.txt|-2 ctx.txt|-0 ctx.txt|-0 ctx.txt a.txt|-A1 ctx.txt a.txt|-C1 -n ctx.txt|-A1 -B0 ctx.txt
--group-separator=XX -A1 ctx.txt|--no-group-separator -A1 ctx.txt|-m1 -A2 ctx.txt|-m2 -A3 ctx.txt
-v -A1 ctx.txt|-c -A1 ctx.txt|-l -A1 ctx.txt|-A1 -h ctx.txt|-Z -A1 ctx.txt|-5x ctx.txt|-C ctx.txt
-C9 ctx.txt|-o o.txt|-ob o.txt|-b o.txt|-bn o.txt a.txt|-o a.txt|-ow o.txt|-ox o.txt|-ov o.txt|-oc o.txt
-oi o.txt|-oF -e pass o.txt|-oFw -e pass o.txt|-oFi -e PASS o.txt|-o -e '' o.txt|-o -e 'p*' o.txt
-on o.txt|-o -e x -e passw o.txt""".replace("\n", "|").split("|")
ADD = r"""-foo|-ex|-eq|-i|-iABC|-ie abc|-v|-vexyz|-x|-xexyz|-c|-w|--help|--vers|-V|-|--|-e|--regexp=xy
--regexp|--fixed|-E|-G|-P|-m0|-mx|-s|-fx|-d|-A1|-Fx|--colour=bad|-e-def|-we abc""".replace("\n", "|").split("|")
ALLOWED = "-v|-e|-eKQ|-i|-x|-c|-l|-F|-w|--help|-V|-ve|-vx|-eakia|-ieakia|-q|-n|-h|-L|-m1|-o".split("|")

FILES = {"a.txt": b"k=AKIAFAKEFAKEFAKEFAKE\nclean\npassword=1\nPASSWORD\n", "b.txt": b"nothing\n",
         "c.bin": b"AKIAFAKEFAKEFAKEFAKE\0bin\n", "d/e.txt": b"pass\n", "pats": b"pass\n",
         "ctx.txt": b"a\nb\npassword\nc\nd\ne\nf\npass\ng\npass\nh\n", "o.txt": b"pass password passpass\nnone\nk=AKIAFAKEFAKEFAKEFAKE pass\n"}
STDIN = b"line one\npassword here\nAKIAFAKEFAKEFAKEFAKE\n"


def run(command, cwd, env, stdin=b""):
    p = subprocess.run(command, cwd=cwd, env=env, input=stdin, capture_output=True)
    return p.returncode, p.stdout, p.stderr


def repo(root, setup):
    os.makedirs(os.path.join(root, "home"))
    env = dict(os.environ, HOME=os.path.join(root, "home"), GIT_CONFIG_NOSYSTEM="1", LANG="C.UTF-8",
               RAMPART_GIT_SECRETS_SCRIPT="/usr/bin/git-secrets")
    work = os.path.join(root, "work")
    os.makedirs(work)
    subprocess.run(["git", "init", "-q", "."], cwd=work, env=env, check=True)
    for args in setup:
        subprocess.run(["git", "config", "--add", *args], cwd=work, env=env, check=True)
    return work, env


def main():
    rampart = shlex.split(sys.argv[1])
    differing = 0
    cases = [("scan", a) for a in SCAN] + [("add", a) for a in ADD] + [("allowed", a) for a in ALLOWED]
    for kind, args in cases:
        results = []
        for tool in (["git-secrets"], rampart):
            with tempfile.TemporaryDirectory() as root:
                if kind == "scan":
                    work, env = repo(root, [("secrets.patterns", "AKIA[A-Z]{16}"), ("secrets.patterns", "pass(word)?")])
                    for name, content in FILES.items():
                        os.makedirs(os.path.dirname(os.path.join(work, name)), exist_ok=True)
                        open(os.path.join(work, name), "wb").write(content)
                    results.append(run(tool + ["--scan", "--", *shlex.split(args)], work, env, STDIN))
                elif kind == "add":
                    work, env = repo(root, [("secrets.patterns", "xyz"), ("secrets.patterns", "Abc-def")])
                    result = run(tool + ["--add", "--", *shlex.split(args)], work, env)
                    config = run(["git", "config", "--get-all", "secrets.patterns"], work, env)[1]
                    results.append(result + (config,))
                else:
                    work, env = repo(root, [("secrets.patterns", "AKIA[A-Z]{16}"), ("secrets.allowed", args)])
                    open(os.path.join(work, "a.txt"), "wb").write(b"k=AKIAFAKEFAKEFAKEFAKE\n")
                    open(os.path.join(work, "b.txt"), "wb").write(b"AKIAFAKEFAKEFAKEFAKQ\n")
                    subprocess.run(["git", "add", "-A"], cwd=work, env=env, check=True)
                    results.append(run(tool + ["--scan"], work, env))
        if results[0] != results[1]:
            differing += 1
            print(f"DIFF {kind} [{args}]\n  git-secrets: {results[0]!r}\n  rampart:     {results[1]!r}")
    print(f"{len(cases)} argument lists, {differing} differing")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
