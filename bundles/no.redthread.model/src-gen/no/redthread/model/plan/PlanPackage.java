/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The shared Redthread model: a municipality's or county's plan system (den røde tråden) and the sustainability frame (dimensions, themes, rules of thumb, the 17 SDGs and their 169 targets).
 * Every object that other objects refer to has a stable string id (the EMF ID attribute), so resources serialise references by id and two versions of a workspace compare cleanly.
 * <!-- end-model-doc -->
 * @see no.redthread.model.plan.PlanFactory
 * @model kind="package"
 * @generated
 */
public interface PlanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "plan";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://redthread.no/model/plan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanPackage eINSTANCE = no.redthread.model.plan.impl.PlanPackageImpl.init();

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.IdentifiedImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.PlanSystemImpl <em>System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.PlanSystemImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlanSystem()
	 * @generated
	 */
	int PLAN_SYSTEM = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM__PLANS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM__CASES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Budget Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM__BUDGET_LINES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Frame</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM__FRAME = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SYSTEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.OrganisationImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>County Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__COUNTY_NUMBER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.PlanImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Election Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ELECTION_PERIOD = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Adoption Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ADOPTION_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Follows</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__FOLLOWS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GOALS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MEASURES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.GoalImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGETS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STRATEGIES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Addressed Sdg Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ADDRESSED_SDG_TARGETS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Addressed Themes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ADDRESSED_THEMES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.TargetImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.StrategyImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.MeasureImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__RESPONSIBLE_UNIT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cost Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__COST_PER_YEAR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__START_YEAR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__END_YEAR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Funding Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__FUNDING_STATUS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Follows</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__FOLLOWS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.BudgetLineImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__YEAR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Funds</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__FUNDS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.CaseImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getCase()
	 * @generated
	 */
	int CASE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decision Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DECISION_BODY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Refers To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__REFERS_TO = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.FrameImpl <em>Frame</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.FrameImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getFrame()
	 * @generated
	 */
	int FRAME = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__DIMENSIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sdgs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__SDGS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.DimensionImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME_NB = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME_EN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__THEMES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.ThemeImpl <em>Theme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.ThemeImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getTheme()
	 * @generated
	 */
	int THEME = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__NAME_NB = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__NAME_EN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__DESCRIPTION_NB = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__DESCRIPTION_EN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__RULES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sdg Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__SDG_TARGETS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.RuleImpl <em>Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.RuleImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getRule()
	 * @generated
	 */
	int RULE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__TEXT_NB = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__TEXT_EN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.SdgImpl <em>Sdg</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.SdgImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getSdg()
	 * @generated
	 */
	int SDG = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__SHORT_NAME_NB = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__TITLE_NB = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Short Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__SHORT_NAME_EN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__TITLE_EN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__COLOUR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG__TARGETS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Sdg</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Sdg</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.impl.SdgTargetImpl <em>Sdg Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.impl.SdgTargetImpl
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getSdgTarget()
	 * @generated
	 */
	int SDG_TARGET = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__TEXT_EN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__TEXT_NB = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Nb Text Flagged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__NB_TEXT_FLAGGED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Local Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__LOCAL_WORDING = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Sdg Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Preferred Text Nb</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET___PREFERRED_TEXT_NB = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Sdg Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.OrganisationKind
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 16;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.PlanKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.PlanKind
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlanKind()
	 * @generated
	 */
	int PLAN_KIND = 17;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.PlanStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.PlanStatus
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 18;

	/**
	 * The meta object id for the '{@link no.redthread.model.plan.FundingStatus <em>Funding Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.model.plan.FundingStatus
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getFundingStatus()
	 * @generated
	 */
	int FUNDING_STATUS = 19;

	/**
	 * The meta object id for the '<em>Iso Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see no.redthread.model.plan.impl.PlanPackageImpl#getIsoDate()
	 * @generated
	 */
	int ISO_DATE = 20;


	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see no.redthread.model.plan.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see no.redthread.model.plan.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.PlanSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System</em>'.
	 * @see no.redthread.model.plan.PlanSystem
	 * @generated
	 */
	EClass getPlanSystem();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.PlanSystem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.PlanSystem#getName()
	 * @see #getPlanSystem()
	 * @generated
	 */
	EAttribute getPlanSystem_Name();

	/**
	 * Returns the meta object for the containment reference '{@link no.redthread.model.plan.PlanSystem#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Organisation</em>'.
	 * @see no.redthread.model.plan.PlanSystem#getOrganisation()
	 * @see #getPlanSystem()
	 * @generated
	 */
	EReference getPlanSystem_Organisation();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.PlanSystem#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see no.redthread.model.plan.PlanSystem#getPlans()
	 * @see #getPlanSystem()
	 * @generated
	 */
	EReference getPlanSystem_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.PlanSystem#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see no.redthread.model.plan.PlanSystem#getCases()
	 * @see #getPlanSystem()
	 * @generated
	 */
	EReference getPlanSystem_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.PlanSystem#getBudgetLines <em>Budget Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget Lines</em>'.
	 * @see no.redthread.model.plan.PlanSystem#getBudgetLines()
	 * @see #getPlanSystem()
	 * @generated
	 */
	EReference getPlanSystem_BudgetLines();

	/**
	 * Returns the meta object for the containment reference '{@link no.redthread.model.plan.PlanSystem#getFrame <em>Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Frame</em>'.
	 * @see no.redthread.model.plan.PlanSystem#getFrame()
	 * @see #getPlanSystem()
	 * @generated
	 */
	EReference getPlanSystem_Frame();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see no.redthread.model.plan.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Organisation#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see no.redthread.model.plan.Organisation#getNumber()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Number();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see no.redthread.model.plan.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Organisation#getCountyNumber <em>County Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>County Number</em>'.
	 * @see no.redthread.model.plan.Organisation#getCountyNumber()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_CountyNumber();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see no.redthread.model.plan.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Plan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.Plan#getName()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Plan#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see no.redthread.model.plan.Plan#getKind()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Kind();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Plan#getElectionPeriod <em>Election Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Election Period</em>'.
	 * @see no.redthread.model.plan.Plan#getElectionPeriod()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ElectionPeriod();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Plan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see no.redthread.model.plan.Plan#getStatus()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Plan#getAdoptionDate <em>Adoption Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adoption Date</em>'.
	 * @see no.redthread.model.plan.Plan#getAdoptionDate()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_AdoptionDate();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.model.plan.Plan#getFollows <em>Follows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Follows</em>'.
	 * @see no.redthread.model.plan.Plan#getFollows()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Follows();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Plan#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see no.redthread.model.plan.Plan#getGoals()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Plan#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see no.redthread.model.plan.Plan#getMeasures()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Measures();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see no.redthread.model.plan.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Goal#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.Goal#getName()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Goal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see no.redthread.model.plan.Goal#getDescription()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Goal#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see no.redthread.model.plan.Goal#getTargets()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Goal#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see no.redthread.model.plan.Goal#getStrategies()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Strategies();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.model.plan.Goal#getAddressedSdgTargets <em>Addressed Sdg Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressed Sdg Targets</em>'.
	 * @see no.redthread.model.plan.Goal#getAddressedSdgTargets()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_AddressedSdgTargets();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.model.plan.Goal#getAddressedThemes <em>Addressed Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressed Themes</em>'.
	 * @see no.redthread.model.plan.Goal#getAddressedThemes()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_AddressedThemes();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see no.redthread.model.plan.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Target#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.Target#getName()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Target#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see no.redthread.model.plan.Target#getDescription()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Description();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see no.redthread.model.plan.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Strategy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.Strategy#getName()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Strategy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see no.redthread.model.plan.Strategy#getDescription()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_Description();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see no.redthread.model.plan.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Measure#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.Measure#getName()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Measure#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Unit</em>'.
	 * @see no.redthread.model.plan.Measure#getResponsibleUnit()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_ResponsibleUnit();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Measure#getCostPerYear <em>Cost Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Per Year</em>'.
	 * @see no.redthread.model.plan.Measure#getCostPerYear()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_CostPerYear();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Measure#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see no.redthread.model.plan.Measure#getStartYear()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Measure#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see no.redthread.model.plan.Measure#getEndYear()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Measure#getFundingStatus <em>Funding Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding Status</em>'.
	 * @see no.redthread.model.plan.Measure#getFundingStatus()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_FundingStatus();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.model.plan.Measure#getFollows <em>Follows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Follows</em>'.
	 * @see no.redthread.model.plan.Measure#getFollows()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Follows();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see no.redthread.model.plan.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.BudgetLine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.BudgetLine#getName()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.BudgetLine#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see no.redthread.model.plan.BudgetLine#getYear()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Year();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.BudgetLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see no.redthread.model.plan.BudgetLine#getAmount()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Amount();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.model.plan.BudgetLine#getFunds <em>Funds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Funds</em>'.
	 * @see no.redthread.model.plan.BudgetLine#getFunds()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Funds();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see no.redthread.model.plan.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Case#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see no.redthread.model.plan.Case#getTitle()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Title();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Case#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see no.redthread.model.plan.Case#getDate()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Date();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Case#getDecisionBody <em>Decision Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Body</em>'.
	 * @see no.redthread.model.plan.Case#getDecisionBody()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_DecisionBody();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.model.plan.Case#getRefersTo <em>Refers To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Refers To</em>'.
	 * @see no.redthread.model.plan.Case#getRefersTo()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_RefersTo();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Frame <em>Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Frame</em>'.
	 * @see no.redthread.model.plan.Frame
	 * @generated
	 */
	EClass getFrame();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Frame#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.model.plan.Frame#getName()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Frame#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see no.redthread.model.plan.Frame#getVersion()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Frame#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see no.redthread.model.plan.Frame#getDimensions()
	 * @see #getFrame()
	 * @generated
	 */
	EReference getFrame_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Frame#getSdgs <em>Sdgs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sdgs</em>'.
	 * @see no.redthread.model.plan.Frame#getSdgs()
	 * @see #getFrame()
	 * @generated
	 */
	EReference getFrame_Sdgs();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see no.redthread.model.plan.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Dimension#getNameNb <em>Name Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Nb</em>'.
	 * @see no.redthread.model.plan.Dimension#getNameNb()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_NameNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Dimension#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see no.redthread.model.plan.Dimension#getNameEn()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_NameEn();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Dimension#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Themes</em>'.
	 * @see no.redthread.model.plan.Dimension#getThemes()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Themes();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Theme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme</em>'.
	 * @see no.redthread.model.plan.Theme
	 * @generated
	 */
	EClass getTheme();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Theme#getNameNb <em>Name Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Nb</em>'.
	 * @see no.redthread.model.plan.Theme#getNameNb()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_NameNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Theme#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see no.redthread.model.plan.Theme#getNameEn()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Theme#getDescriptionNb <em>Description Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Nb</em>'.
	 * @see no.redthread.model.plan.Theme#getDescriptionNb()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_DescriptionNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Theme#getDescriptionEn <em>Description En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description En</em>'.
	 * @see no.redthread.model.plan.Theme#getDescriptionEn()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_DescriptionEn();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Theme#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see no.redthread.model.plan.Theme#getRules()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Rules();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.model.plan.Theme#getSdgTargets <em>Sdg Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sdg Targets</em>'.
	 * @see no.redthread.model.plan.Theme#getSdgTargets()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_SdgTargets();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule</em>'.
	 * @see no.redthread.model.plan.Rule
	 * @generated
	 */
	EClass getRule();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Rule#getTextNb <em>Text Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Nb</em>'.
	 * @see no.redthread.model.plan.Rule#getTextNb()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_TextNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Rule#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see no.redthread.model.plan.Rule#getTextEn()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_TextEn();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.Sdg <em>Sdg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdg</em>'.
	 * @see no.redthread.model.plan.Sdg
	 * @generated
	 */
	EClass getSdg();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Sdg#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see no.redthread.model.plan.Sdg#getNumber()
	 * @see #getSdg()
	 * @generated
	 */
	EAttribute getSdg_Number();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Sdg#getShortNameNb <em>Short Name Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name Nb</em>'.
	 * @see no.redthread.model.plan.Sdg#getShortNameNb()
	 * @see #getSdg()
	 * @generated
	 */
	EAttribute getSdg_ShortNameNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Sdg#getTitleNb <em>Title Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Nb</em>'.
	 * @see no.redthread.model.plan.Sdg#getTitleNb()
	 * @see #getSdg()
	 * @generated
	 */
	EAttribute getSdg_TitleNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Sdg#getShortNameEn <em>Short Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name En</em>'.
	 * @see no.redthread.model.plan.Sdg#getShortNameEn()
	 * @see #getSdg()
	 * @generated
	 */
	EAttribute getSdg_ShortNameEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Sdg#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see no.redthread.model.plan.Sdg#getTitleEn()
	 * @see #getSdg()
	 * @generated
	 */
	EAttribute getSdg_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.Sdg#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see no.redthread.model.plan.Sdg#getColour()
	 * @see #getSdg()
	 * @generated
	 */
	EAttribute getSdg_Colour();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.model.plan.Sdg#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see no.redthread.model.plan.Sdg#getTargets()
	 * @see #getSdg()
	 * @generated
	 */
	EReference getSdg_Targets();

	/**
	 * Returns the meta object for class '{@link no.redthread.model.plan.SdgTarget <em>Sdg Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdg Target</em>'.
	 * @see no.redthread.model.plan.SdgTarget
	 * @generated
	 */
	EClass getSdgTarget();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.SdgTarget#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see no.redthread.model.plan.SdgTarget#getCode()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_Code();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.SdgTarget#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see no.redthread.model.plan.SdgTarget#getTextEn()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_TextEn();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.SdgTarget#getTextNb <em>Text Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Nb</em>'.
	 * @see no.redthread.model.plan.SdgTarget#getTextNb()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_TextNb();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.SdgTarget#isNbTextFlagged <em>Nb Text Flagged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nb Text Flagged</em>'.
	 * @see no.redthread.model.plan.SdgTarget#isNbTextFlagged()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_NbTextFlagged();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.model.plan.SdgTarget#getLocalWording <em>Local Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Wording</em>'.
	 * @see no.redthread.model.plan.SdgTarget#getLocalWording()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_LocalWording();

	/**
	 * Returns the meta object for the '{@link no.redthread.model.plan.SdgTarget#preferredTextNb() <em>Preferred Text Nb</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Preferred Text Nb</em>' operation.
	 * @see no.redthread.model.plan.SdgTarget#preferredTextNb()
	 * @generated
	 */
	EOperation getSdgTarget__PreferredTextNb();

	/**
	 * Returns the meta object for enum '{@link no.redthread.model.plan.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see no.redthread.model.plan.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link no.redthread.model.plan.PlanKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see no.redthread.model.plan.PlanKind
	 * @generated
	 */
	EEnum getPlanKind();

	/**
	 * Returns the meta object for enum '{@link no.redthread.model.plan.PlanStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see no.redthread.model.plan.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link no.redthread.model.plan.FundingStatus <em>Funding Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Funding Status</em>'.
	 * @see no.redthread.model.plan.FundingStatus
	 * @generated
	 */
	EEnum getFundingStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Iso Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time or zone, serialised as an ISO-8601 date (2024-06-20).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Iso Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getIsoDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlanFactory getPlanFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.IdentifiedImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.PlanSystemImpl <em>System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.PlanSystemImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlanSystem()
		 * @generated
		 */
		EClass PLAN_SYSTEM = eINSTANCE.getPlanSystem();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SYSTEM__NAME = eINSTANCE.getPlanSystem_Name();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SYSTEM__ORGANISATION = eINSTANCE.getPlanSystem_Organisation();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SYSTEM__PLANS = eINSTANCE.getPlanSystem_Plans();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SYSTEM__CASES = eINSTANCE.getPlanSystem_Cases();

		/**
		 * The meta object literal for the '<em><b>Budget Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SYSTEM__BUDGET_LINES = eINSTANCE.getPlanSystem_BudgetLines();

		/**
		 * The meta object literal for the '<em><b>Frame</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SYSTEM__FRAME = eINSTANCE.getPlanSystem_Frame();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.OrganisationImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NUMBER = eINSTANCE.getOrganisation_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '<em><b>County Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__COUNTY_NUMBER = eINSTANCE.getOrganisation_CountyNumber();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.PlanImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__NAME = eINSTANCE.getPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__KIND = eINSTANCE.getPlan_Kind();

		/**
		 * The meta object literal for the '<em><b>Election Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ELECTION_PERIOD = eINSTANCE.getPlan_ElectionPeriod();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__STATUS = eINSTANCE.getPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Adoption Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ADOPTION_DATE = eINSTANCE.getPlan_AdoptionDate();

		/**
		 * The meta object literal for the '<em><b>Follows</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__FOLLOWS = eINSTANCE.getPlan_Follows();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GOALS = eINSTANCE.getPlan_Goals();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MEASURES = eINSTANCE.getPlan_Measures();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.GoalImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__NAME = eINSTANCE.getGoal_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__DESCRIPTION = eINSTANCE.getGoal_Description();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__TARGETS = eINSTANCE.getGoal_Targets();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__STRATEGIES = eINSTANCE.getGoal_Strategies();

		/**
		 * The meta object literal for the '<em><b>Addressed Sdg Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__ADDRESSED_SDG_TARGETS = eINSTANCE.getGoal_AddressedSdgTargets();

		/**
		 * The meta object literal for the '<em><b>Addressed Themes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__ADDRESSED_THEMES = eINSTANCE.getGoal_AddressedThemes();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.TargetImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__NAME = eINSTANCE.getTarget_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__DESCRIPTION = eINSTANCE.getTarget_Description();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.StrategyImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__NAME = eINSTANCE.getStrategy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__DESCRIPTION = eINSTANCE.getStrategy_Description();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.MeasureImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__NAME = eINSTANCE.getMeasure_Name();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__RESPONSIBLE_UNIT = eINSTANCE.getMeasure_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Cost Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__COST_PER_YEAR = eINSTANCE.getMeasure_CostPerYear();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__START_YEAR = eINSTANCE.getMeasure_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__END_YEAR = eINSTANCE.getMeasure_EndYear();

		/**
		 * The meta object literal for the '<em><b>Funding Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__FUNDING_STATUS = eINSTANCE.getMeasure_FundingStatus();

		/**
		 * The meta object literal for the '<em><b>Follows</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__FOLLOWS = eINSTANCE.getMeasure_Follows();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.BudgetLineImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__NAME = eINSTANCE.getBudgetLine_Name();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__YEAR = eINSTANCE.getBudgetLine_Year();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__AMOUNT = eINSTANCE.getBudgetLine_Amount();

		/**
		 * The meta object literal for the '<em><b>Funds</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__FUNDS = eINSTANCE.getBudgetLine_Funds();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.CaseImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__TITLE = eINSTANCE.getCase_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__DATE = eINSTANCE.getCase_Date();

		/**
		 * The meta object literal for the '<em><b>Decision Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__DECISION_BODY = eINSTANCE.getCase_DecisionBody();

		/**
		 * The meta object literal for the '<em><b>Refers To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__REFERS_TO = eINSTANCE.getCase_RefersTo();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.FrameImpl <em>Frame</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.FrameImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getFrame()
		 * @generated
		 */
		EClass FRAME = eINSTANCE.getFrame();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__NAME = eINSTANCE.getFrame_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__VERSION = eINSTANCE.getFrame_Version();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAME__DIMENSIONS = eINSTANCE.getFrame_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Sdgs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAME__SDGS = eINSTANCE.getFrame_Sdgs();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.DimensionImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Name Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__NAME_NB = eINSTANCE.getDimension_NameNb();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__NAME_EN = eINSTANCE.getDimension_NameEn();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__THEMES = eINSTANCE.getDimension_Themes();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.ThemeImpl <em>Theme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.ThemeImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getTheme()
		 * @generated
		 */
		EClass THEME = eINSTANCE.getTheme();

		/**
		 * The meta object literal for the '<em><b>Name Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__NAME_NB = eINSTANCE.getTheme_NameNb();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__NAME_EN = eINSTANCE.getTheme_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__DESCRIPTION_NB = eINSTANCE.getTheme_DescriptionNb();

		/**
		 * The meta object literal for the '<em><b>Description En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__DESCRIPTION_EN = eINSTANCE.getTheme_DescriptionEn();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__RULES = eINSTANCE.getTheme_Rules();

		/**
		 * The meta object literal for the '<em><b>Sdg Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__SDG_TARGETS = eINSTANCE.getTheme_SdgTargets();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.RuleImpl <em>Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.RuleImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getRule()
		 * @generated
		 */
		EClass RULE = eINSTANCE.getRule();

		/**
		 * The meta object literal for the '<em><b>Text Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__TEXT_NB = eINSTANCE.getRule_TextNb();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__TEXT_EN = eINSTANCE.getRule_TextEn();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.SdgImpl <em>Sdg</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.SdgImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getSdg()
		 * @generated
		 */
		EClass SDG = eINSTANCE.getSdg();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG__NUMBER = eINSTANCE.getSdg_Number();

		/**
		 * The meta object literal for the '<em><b>Short Name Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG__SHORT_NAME_NB = eINSTANCE.getSdg_ShortNameNb();

		/**
		 * The meta object literal for the '<em><b>Title Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG__TITLE_NB = eINSTANCE.getSdg_TitleNb();

		/**
		 * The meta object literal for the '<em><b>Short Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG__SHORT_NAME_EN = eINSTANCE.getSdg_ShortNameEn();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG__TITLE_EN = eINSTANCE.getSdg_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG__COLOUR = eINSTANCE.getSdg_Colour();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SDG__TARGETS = eINSTANCE.getSdg_Targets();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.impl.SdgTargetImpl <em>Sdg Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.impl.SdgTargetImpl
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getSdgTarget()
		 * @generated
		 */
		EClass SDG_TARGET = eINSTANCE.getSdgTarget();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__CODE = eINSTANCE.getSdgTarget_Code();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__TEXT_EN = eINSTANCE.getSdgTarget_TextEn();

		/**
		 * The meta object literal for the '<em><b>Text Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__TEXT_NB = eINSTANCE.getSdgTarget_TextNb();

		/**
		 * The meta object literal for the '<em><b>Nb Text Flagged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__NB_TEXT_FLAGGED = eINSTANCE.getSdgTarget_NbTextFlagged();

		/**
		 * The meta object literal for the '<em><b>Local Wording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__LOCAL_WORDING = eINSTANCE.getSdgTarget_LocalWording();

		/**
		 * The meta object literal for the '<em><b>Preferred Text Nb</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SDG_TARGET___PREFERRED_TEXT_NB = eINSTANCE.getSdgTarget__PreferredTextNb();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.OrganisationKind
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.PlanKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.PlanKind
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlanKind()
		 * @generated
		 */
		EEnum PLAN_KIND = eINSTANCE.getPlanKind();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.PlanStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.PlanStatus
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link no.redthread.model.plan.FundingStatus <em>Funding Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.model.plan.FundingStatus
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getFundingStatus()
		 * @generated
		 */
		EEnum FUNDING_STATUS = eINSTANCE.getFundingStatus();

		/**
		 * The meta object literal for the '<em>Iso Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see no.redthread.model.plan.impl.PlanPackageImpl#getIsoDate()
		 * @generated
		 */
		EDataType ISO_DATE = eINSTANCE.getIsoDate();

	}

} //PlanPackage
