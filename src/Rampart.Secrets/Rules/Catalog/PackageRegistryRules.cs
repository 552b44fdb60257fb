using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Package registries and artifact stores: npm, PyPI, Docker, NuGet, RubyGems, crates.io, JFrog and others.</summary>
internal static class PackageRegistryRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "npm-access-token", "npm", "npm access token (npm_…)",
            Token("npm_[0-9A-Za-z]{36}"), ["npm_"],
            ["NPM_TOKEN=npm_«m:36»"],
            ["npm_«m:35»", "npm_«m:37»"],
            minEntropy: 3.5),
        Rule(
            "npmrc-auth-token", "npm", "registry auth token in an .npmrc (_authToken=…)",
            @"_authToken\s*=\s*(?<secret>[^\s$""'{][0-9A-Za-z_\-.+/=]{19,})", ["_authtoken"],
            ["//registry.npmjs.org/:_authToken=«m:36»", "//npm.pkg.github.com/:_authToken=«u:40»"],
            ["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//registry.npmjs.org/:_authToken=«m:10»"],
            minEntropy: 3.5),
        Rule(
            "npmrc-basic-auth", "npm", "registry basic credentials in an .npmrc (_auth=…)",
            @"(?<![A-Za-z])_auth\s*=\s*(?<secret>[A-Za-z0-9+/]{16,}={0,2})(?![A-Za-z0-9+/=])", ["_auth"],
            ["_auth=«b:32»=="],
            ["_auth=${NPM_AUTH}", "_auth=«b:8»"],
            minEntropy: 3.0),
        Rule(
            "pypi-upload-token", "PyPI", "PyPI API token (pypi-AgEIcHlwaS5vcmc…)",
            Token("pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_\\-]{50,}"), ["pypi-ageichlwas5vcmc"],
            ["password = pypi-AgEIcHlwaS5vcmc«u:160»"],
            ["pypi-AgEIcHlwaS5vcmc«u:40»", "pypi-AgEIcHlwaS5vcmd«u:160»"],
            minEntropy: 3.5),
        Rule(
            "testpypi-upload-token", "PyPI", "TestPyPI API token (pypi-AgENdGVzdC5weXBpLm9yZw…)",
            Token("pypi-AgENdGVzdC5weXBpLm9yZw[0-9A-Za-z_\\-]{50,}"), ["pypi-agendgvzdc5wexbplm9yzw"],
            ["password = pypi-AgENdGVzdC5weXBpLm9yZw«u:160»"],
            ["pypi-AgENdGVzdC5weXBpLm9yZw«u:40»", "pypi-AgENdGVzdC5weXBpLm9yZx«u:160»"],
            minEntropy: 3.5),
        Rule(
            "docker-config-auth", "Docker", "registry credentials in a Docker config.json (\"auth\": \"base64(user:password)\")",
            @"""auth""\s*:\s*""(?<secret>[A-Za-z0-9+/]{16,}={0,2})""", ["\"auth\""],
            ["    \"https://index.docker.io/v1/\": { \"auth\": \"«b:40»\" }"],
            ["\"auth\": \"\"", "\"auth\": \"«b:8»\""],
            minEntropy: 3.0),
        Rule(
            "docker-hub-pat", "Docker", "Docker Hub personal or organization access token (dckr_pat_…, dckr_oat_…)",
            Token("dckr_(?:pat|oat)_[0-9A-Za-z_\\-]{27,32}"), ["dckr_"],
            ["DOCKERHUB_TOKEN=dckr_pat_«u:27»"],
            ["dckr_pat_«u:20»", "dckr_xyz_«u:27»"],
            minEntropy: 3.5),
        Rule(
            "nuget-api-key", "NuGet", "NuGet.org API key (oy2…)",
            Token("oy2[a-z0-9]{43}"), ["oy2"],
            ["dotnet nuget push pkg.nupkg --api-key oy2«a:43»"],
            ["oy2«a:42»", "oy2«A:43»"],
            minEntropy: 3.5),
        Rule(
            "rubygems-api-key", "RubyGems", "RubyGems.org API key (rubygems_…)",
            Token("rubygems_[0-9a-f]{48}"), ["rubygems_"],
            [":rubygems_api_key: rubygems_«h:48»"],
            ["rubygems_«h:47»", "rubygems_«U:48»"],
            minEntropy: 3.0),
        Rule(
            "crates-io-api-token", "crates.io", "crates.io API token (cio…)",
            Token("cio[0-9A-Za-z]{32}"), ["cio"],
            ["CARGO_REGISTRY_TOKEN=cio«m:32»"],
            ["cio«m:31»", "cio«m:33»"],
            minEntropy: 3.5),
        Rule(
            "clojars-deploy-token", "Clojars", "Clojars deploy token (CLOJARS_…)",
            Token("CLOJARS_[a-z0-9]{60}"), ["clojars_"],
            ["CLOJARS_PASSWORD=CLOJARS_«a:60»"],
            ["CLOJARS_«a:59»", "CLOJARS_«U:60»"],
            minEntropy: 3.5),
        Rule(
            "artifactory-api-key", "JFrog", "JFrog Artifactory API key (AKCp…)",
            Token("AKCp[0-9A-Za-z]{69}"), ["akcp"],
            ["ARTIFACTORY_API_KEY=AKCp«m:69»"],
            ["AKCp«m:68»", "AKCp«m:70»"],
            minEntropy: 3.5),
        Rule(
            "artifactory-reference-token", "JFrog", "JFrog reference token (cmVmdGtu…)",
            Token("cmVmdGtu[0-9A-Za-z]{56}"), ["cmvmdgtu"],
            ["JFROG_TOKEN=cmVmdGtu«m:56»"],
            ["cmVmdGtu«m:55»", "cmVmdGtv«m:56»"],
            minEntropy: 3.5),
        Rule(
            "hex-pm-api-key", "Hex", "Hex.pm API key assigned to a key that names Hex",
            Assigned("hex.?api|hexpm", "[0-9a-f]{32}"), ["hex"],
            ["HEX_API_KEY=«h:32»"],
            ["HEX_API_KEY=«h:31»", "HEX_API_URL=https://hex.pm/api"],
            minEntropy: 3.0),
        Rule(
            "sonatype-nexus-password", "Sonatype", "Sonatype/OSSRH password assigned to a key that names Sonatype or OSSRH",
            Assigned("sonatype|ossrh", "pass(?:word)?|token", "[^\\s\"'$]{12,}"), ["sonatype", "ossrh"],
            ["OSSRH_PASSWORD=«m:24»"],
            ["OSSRH_PASSWORD=${env.OSSRH_PASSWORD}", "OSSRH_USERNAME=«m:24»"],
            minEntropy: 3.0),
    ];
}
