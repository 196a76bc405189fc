-- CreateEnum
CREATE TYPE "PlanRegion" AS ENUM ('EU', 'UK', 'CH', 'US', 'other');

-- CreateTable
CREATE TABLE "Plan" (
    "userId" TEXT NOT NULL,
    "guides" TEXT[],
    "region" "PlanRegion",
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
