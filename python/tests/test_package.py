"""The package as users get it: where it finds the CLI, and what it says when the sidecar fails."""

import os
import stat
import sys
import tempfile
import unittest
from unittest import mock

import bulwark
from bulwark import Bulwark, BulwarkError, _default_command

SOURCE_TREE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class InstalledCopyTest(unittest.TestCase):
    @unittest.skipUnless(os.environ.get("BULWARK_TEST_INSTALLED"), "set by .ci/run, which installs the package first")
    def test_tests_run_against_the_installed_package(self):
        self.assertFalse(os.path.abspath(bulwark.__file__).startswith(SOURCE_TREE + os.sep), bulwark.__file__)


class DefaultCommandTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def _env(self, **env):
        return mock.patch.dict(os.environ, env, clear=False)

    def _fake_bulwark(self) -> str:
        path = os.path.join(self.tmp.name, "bulwark")
        with open(path, "w") as f:
            f.write("#!/bin/sh\nexit 0\n")
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
        return path

    def test_bulwark_cli_comes_first(self):
        fake = self._fake_bulwark()
        with self._env(BULWARK_CLI="/opt/b/dist/cli/main.js", PATH=self.tmp.name):
            command = _default_command()
        self.assertEqual(command[1:], ["/opt/b/dist/cli/main.js", "inspect-jsonl"])
        with self._env(BULWARK_CLI="/usr/local/bin/bulwark", PATH=self.tmp.name):
            self.assertEqual(_default_command(), ["/usr/local/bin/bulwark", "inspect-jsonl"])
        self.assertTrue(os.path.exists(fake))

    def test_then_bulwark_on_path_then_the_project_bin_never_npx(self):
        fake = self._fake_bulwark()
        project = os.path.join(self.tmp.name, "proj")
        nested = os.path.join(project, "src", "app")
        os.makedirs(os.path.join(project, "node_modules", ".bin"))
        os.makedirs(nested)
        local = os.path.join(project, "node_modules", ".bin", "bulwark")
        with open(local, "w") as f:
            f.write("#!/bin/sh\n")
        cwd = os.getcwd()
        try:
            with self._env(PATH=self.tmp.name):
                os.environ.pop("BULWARK_CLI", None)
                self.assertEqual(_default_command(), [fake, "inspect-jsonl"])
                os.remove(fake)
                os.chdir(nested)
                self.assertEqual(_default_command(600), [local, "inspect-jsonl", "--spin-us", "600"])
                os.chdir(self.tmp.name)
                with self.assertRaises(BulwarkError) as caught:
                    _default_command()
                self.assertIn("BULWARK_CLI", str(caught.exception))
                self.assertNotIn("npx", str(caught.exception))
        finally:
            os.chdir(cwd)


class SidecarFailureTest(unittest.TestCase):
    def _dying(self, stderr: str, code: int = 3) -> Bulwark:
        script = f"import sys; sys.stderr.write({stderr!r}); sys.stderr.flush(); sys.exit({code})"
        return Bulwark(command=[sys.executable, "-c", script])

    def test_a_sidecar_that_dies_says_why(self):
        guard = self._dying("bulwark: model files do not match this build (run npm run build)\n")
        with self.assertRaises(BulwarkError) as caught:
            guard.inspect("hi")
        message = str(caught.exception)
        self.assertIn("exited without answering", message)
        self.assertIn("(exit code 3)", message)
        self.assertIn("model files do not match this build", message)
        guard.close()

    def test_only_the_last_lines_are_kept_and_token_like_runs_are_cut(self):
        secret = "sk" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6"
        lines = "".join(f"noise line {i}\n" for i in range(100)) + f"failed with key {secret}\n"
        guard = self._dying(lines)
        with self.assertRaises(BulwarkError) as caught:
            guard.inspect("hi")
        message = str(caught.exception)
        self.assertNotIn(secret, message)
        self.assertIn("failed with key", message)
        self.assertNotIn("noise line 10\n", message)
        self.assertLess(len(message), 5000)
        guard.close()

    def test_a_silent_death_says_so(self):
        guard = self._dying("", 1)
        with self.assertRaises(BulwarkError) as caught:
            guard.inspect("hi")
        self.assertIn("wrote nothing on stderr", str(caught.exception))
        guard.close()

    def test_a_missing_cli_names_the_fix(self):
        with mock.patch.dict(os.environ, {"BULWARK_CLI": "/nonexistent/bulwark"}):
            with self.assertRaises(BulwarkError) as caught:
                Bulwark().inspect("hi")
        self.assertIn("BULWARK_CLI", str(caught.exception))

    def test_a_working_sidecar_keeps_working_with_stderr_captured(self):
        # stderr is drained on a thread: a sidecar that writes a lot there must not stall.
        script = (
            "import sys, json\n"
            "for i in range(2000): sys.stderr.write('x' * 100 + '\\n')\n"
            "for line in sys.stdin:\n"
            "    r = json.loads(line)\n"
            "    print(json.dumps({'id': r['id'], 'action': 'allow'}), flush=True)\n"
        )
        with Bulwark(command=[sys.executable, "-c", script], spin_us=0) as guard:
            self.assertEqual(guard.inspect("hi")["action"], "allow")
            self.assertEqual(guard.inspect("again")["action"], "allow")


if __name__ == "__main__":
    unittest.main()
