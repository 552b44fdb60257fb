using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>AI and machine-learning platforms.</summary>
internal static class AiRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "openai-api-key", "OpenAI", "OpenAI API key (sk-…T3BlbkFJ…, sk-proj-…)",
            Token("sk-(?:(?:proj|svcacct|admin)-)?[0-9A-Za-z_\\-]{20,156}T3BlbkFJ[0-9A-Za-z_\\-]{20,156}"), ["t3blbkfj"],
            ["OPENAI_API_KEY=sk-«m:20»T3BlbkFJ«m:20»", "OPENAI_API_KEY=sk-proj-«u:74»T3BlbkFJ«u:74»"],
            ["sk-«m:20»T3BlbkFX«m:20»", "sk-«m:10»T3BlbkFJ«m:20»"],
            minEntropy: 3.5),
        Rule(
            "anthropic-api-key", "Anthropic", "Anthropic API key (sk-ant-api03-…)",
            Token("sk-ant-api03-[0-9A-Za-z_\\-]{93}AA"), ["sk-ant-api03-"],
            ["ANTHROPIC_API_KEY=sk-ant-api03-«u:93»AA"],
            ["sk-ant-api03-«u:93»AB", "sk-ant-api03-«u:80»AA"],
            minEntropy: 3.5),
        Rule(
            "anthropic-admin-api-key", "Anthropic", "Anthropic Admin API key (sk-ant-admin01-…)",
            Token("sk-ant-admin01-[0-9A-Za-z_\\-]{93}AA"), ["sk-ant-admin01-"],
            ["ANTHROPIC_ADMIN_KEY=sk-ant-admin01-«u:93»AA"],
            ["sk-ant-admin01-«u:92»AA", "sk-ant-admin02-«u:93»AA"],
            minEntropy: 3.5),
        Rule(
            "huggingface-access-token", "Hugging Face", "Hugging Face user access token (hf_…)",
            Token("hf_[A-Za-z]{34}"), ["hf_"],
            ["HF_TOKEN=hf_«l:20»«U:14»"],
            ["hf_«l:33»", "hf_«d:34»"],
            minEntropy: 3.5),
        Rule(
            "huggingface-org-api-token", "Hugging Face", "Hugging Face organization API token (api_org_…)",
            Token("api_org_[A-Za-z]{34}"), ["api_org_"],
            ["HF_ORG_TOKEN=api_org_«l:17»«U:17»"],
            ["api_org_«l:33»", "api_org_«d:34»"],
            minEntropy: 3.5),
        Rule(
            "replicate-api-token", "Replicate", "Replicate API token (r8_…)",
            Token("r8_[0-9A-Za-z]{37}"), ["r8_"],
            ["REPLICATE_API_TOKEN=r8_«m:37»"],
            ["r8_«m:36»", "r8_«m:38»"],
            minEntropy: 3.5),
        Rule(
            "groq-api-key", "Groq", "Groq API key (gsk_…)",
            Token("gsk_[0-9A-Za-z]{52}"), ["gsk_"],
            ["GROQ_API_KEY=gsk_«m:52»"],
            ["gsk_«m:51»", "gsk_«m:53»"],
            minEntropy: 3.5),
        Rule(
            "perplexity-api-key", "Perplexity", "Perplexity API key (pplx-…)",
            Token("pplx-[0-9A-Za-z]{48}"), ["pplx-"],
            ["PERPLEXITY_API_KEY=pplx-«m:48»"],
            ["pplx-«m:47»", "pplx-«m:49»"],
            minEntropy: 3.5),
        Rule(
            "xai-api-key", "xAI", "xAI (Grok) API key (xai-…)",
            Token("xai-[0-9A-Za-z]{80}"), ["xai-"],
            ["XAI_API_KEY=xai-«m:80»"],
            ["xai-«m:79»", "xai-«m:81»"],
            minEntropy: 3.5),
        Rule(
            "openrouter-api-key", "OpenRouter", "OpenRouter API key (sk-or-v1-…)",
            Token("sk-or-v1-[0-9a-f]{64}"), ["sk-or-v1-"],
            ["OPENROUTER_API_KEY=sk-or-v1-«h:64»"],
            ["sk-or-v1-«h:63»", "sk-or-v2-«h:64»"],
            minEntropy: 3.0),
        Rule(
            "langsmith-api-key", "LangChain", "LangSmith API key (lsv2_pt_…, lsv2_sk_…)",
            Token("lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}"), ["lsv2_"],
            ["LANGSMITH_API_KEY=lsv2_pt_«h:32»_«h:10»"],
            ["lsv2_pt_«h:32»_«h:9»", "lsv2_xx_«h:32»_«h:10»"],
            minEntropy: 3.0),
        Rule(
            "pinecone-api-key", "Pinecone", "Pinecone API key (pcsk_…)",
            Token("pcsk_[0-9A-Za-z]{5,6}_[0-9A-Za-z]{60,70}"), ["pcsk_"],
            ["PINECONE_API_KEY=pcsk_«m:6»_«m:65»"],
            ["pcsk_«m:6»_«m:40»", "pcsk_«m:6»-«m:65»"],
            minEntropy: 3.5),
        Rule(
            "cohere-api-key", "Cohere", "Cohere API key assigned to a key that names Cohere",
            Assigned("cohere|co_api", "[0-9A-Za-z]{40}"), ["cohere", "co_api"],
            ["COHERE_API_KEY=«m:40»"],
            ["COHERE_API_KEY=«m:39»", "COHERE_MODEL=command-r-plus"],
            minEntropy: 3.5),
        Rule(
            "mistral-api-key", "Mistral AI", "Mistral AI API key assigned to a key that names Mistral",
            Assigned("mistral", "[0-9A-Za-z]{32}"), ["mistral"],
            ["MISTRAL_API_KEY=«m:32»"],
            ["MISTRAL_API_KEY=«m:31»", "MISTRAL_MODEL=mistral-large-latest"],
            minEntropy: 3.5),
        Rule(
            "deepseek-api-key", "DeepSeek", "DeepSeek API key (sk-…) assigned to a key that names DeepSeek",
            Assigned("deepseek", "sk-[0-9a-f]{32}"), ["deepseek"],
            ["DEEPSEEK_API_KEY=sk-«h:32»"],
            ["DEEPSEEK_API_KEY=sk-«h:31»", "DEEPSEEK_API_KEY=«h:32»"],
            minEntropy: 3.0),
        Rule(
            "wandb-api-key", "Weights & Biases", "Weights & Biases API key assigned to a key that names W&B",
            Assigned("wandb|weights.?and.?biases", "[0-9a-f]{40}"), ["wandb", "weights"],
            ["WANDB_API_KEY=«h:40»"],
            ["WANDB_API_KEY=«h:39»", "WANDB_PROJECT=demo"],
            minEntropy: 3.0),
    ];
}
